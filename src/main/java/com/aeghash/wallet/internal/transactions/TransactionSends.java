package com.aeghash.wallet.internal.transactions;

import com.aeghash.common.UnitOfWork;
import com.aeghash.wallet.WalletTransaction;
import com.aeghash.wallet.internal.WalletProperties;
import com.aeghash.wallet.internal.mblock.MBlockNotExecutedException;
import com.aeghash.wallet.internal.mblock.VendorRetry;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The three phases every wallet send (transfer, transit) goes through: (1) the intent is committed (a replayed
 * reference returns the first transaction unchanged); (2) MBlock is called with no transaction open, repeated only
 * when nothing reached it; (3) what it answered is recorded in a new transaction by the kind's own rule, under the
 * row lock of the {@link TransactionRecorder}.
 */
@Component
public class TransactionSends {

    private static final Logger log = LoggerFactory.getLogger(TransactionSends.class);
    private final TransactionIntents intents;
    private final VendorRetry retry;
    private final TransactionRecorder recorder;
    private final UnitOfWork unitOfWork;
    private final WalletProperties properties;
    private final Clock clock;

    public TransactionSends(
            TransactionIntents intents,
            VendorRetry retry,
            TransactionRecorder recorder,
            UnitOfWork unitOfWork,
            WalletProperties properties,
            Clock clock) {
        this.intents = intents;
        this.retry = retry;
        this.recorder = recorder;
        this.unitOfWork = unitOfWork;
        this.properties = properties;
        this.clock = clock;
    }

    /** How phase 3 writes what the vendor answered on the row (a decision already recorded stands). */
    @FunctionalInterface
    public interface SendRecording {
        TransactionRecord record(TransactionRecord row, VendorRetry.Attempted<String> sent, Instant now);
    }

    /**
     * One send in its three phases.
     *
     * @param call       the vendor method, for the retry's log and metrics (e.g. {@code mblock-transfer})
     * @param answerName what the vendor's success value is, for the log (e.g. {@code txid})
     * @param vendorCall the call, given the logged transaction's id
     */
    public WalletTransaction send(
            TransactionRecord intent,
            String call,
            String answerName,
            LongFunction<Supplier<String>> vendorCall,
            SendRecording recording) {
        TransactionIntents.Logged logged = intents.log(intent);
        if (logged.replayed()) {
            return logged.record().toView();
        }
        long id = logged.record().id();
        VendorRetry.Attempted<String> sent = retry.call(call, vendorCall.apply(id));
        // Logged before phase 3 so that, should recording fail, the operator still finds the vendor's answer.
        log.info(
                "{} {} ({}) sent in {} attempt(s): {}",
                intent.kind().name().toLowerCase(Locale.ROOT),
                id,
                intent.reference(),
                sent.attempts(),
                sent.succeeded()
                        ? answerName + " " + sent.value()
                        : sent.failure().getMessage());
        return unitOfWork
                .inNewTransaction(() -> recorder.apply(id, row -> recording.record(row, sent, clock.instant())))
                .toView();
    }

    /** A send that did not succeed: FAILED when MBlock certainly did nothing, UNKNOWN (for the reconciler) otherwise. */
    public TransactionRecord notSucceeded(TransactionRecord row, VendorRetry.Attempted<String> sent, Instant now) {
        if (sent.failure() instanceof MBlockNotExecutedException definite) {
            return SendFailures.failed(row, definite, sent.attempts(), now);
        }
        return SendFailures.unknown(row, sent.failure(), sent.attempts(), properties.delayAfter(0), now);
    }
}
