package com.aeghash.wallet.internal.transit;

import com.aeghash.common.UnitOfWork;
import com.aeghash.config.MBlockProperties;
import com.aeghash.wallet.TransitCommand;
import com.aeghash.wallet.WalletKeySource;
import com.aeghash.wallet.WalletTransaction;
import com.aeghash.wallet.WalletTransactionKind;
import com.aeghash.wallet.WalletTransactionStatus;
import com.aeghash.wallet.internal.WalletInputs;
import com.aeghash.wallet.internal.WalletProperties;
import com.aeghash.wallet.internal.mblock.MBlockClient;
import com.aeghash.wallet.internal.mblock.MBlockNotExecutedException;
import com.aeghash.wallet.internal.mblock.MBlockTransitConfig;
import com.aeghash.wallet.internal.mblock.VendorRetry;
import com.aeghash.wallet.internal.transactions.SendFailures;
import com.aeghash.wallet.internal.transactions.TransactionIntents;
import com.aeghash.wallet.internal.transactions.TransactionRecord;
import com.aeghash.wallet.internal.transactions.TransactionRecorder;
import com.aeghash.wallet.internal.wallets.WalletSigners;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A transit in atomic phases: (1) intent committed as SUBMITTING (its id signs the callback URL); (2)
 * {@code transitByWalletKey} with a per-request config naming our callback (and the fee settings when
 * configured); (3) PENDING_TRANSIT with the vendor's token and a callback deadline, FAILED, or UNKNOWN.
 * The callback ({@link TransitCallbacks}) then confirms or fails it.
 */
@Component
public class TransitProcessor {

    private static final Logger log = LoggerFactory.getLogger(TransitProcessor.class);
    private final WalletSigners signers;
    private final MBlockClient client;
    private final VendorRetry retry;
    private final TransactionIntents intents;
    private final TransactionRecorder recorder;
    private final TransitCallbackUrls callbackUrls;
    private final MBlockProperties mblock;
    private final UnitOfWork unitOfWork;
    private final WalletProperties properties;
    private final Clock clock;

    TransitProcessor(
            WalletSigners signers,
            MBlockClient client,
            VendorRetry retry,
            TransactionIntents intents,
            TransactionRecorder recorder,
            TransitCallbackUrls callbackUrls,
            MBlockProperties mblock,
            UnitOfWork unitOfWork,
            WalletProperties properties,
            Clock clock) {
        this.signers = signers;
        this.client = client;
        this.retry = retry;
        this.intents = intents;
        this.recorder = recorder;
        this.callbackUrls = callbackUrls;
        this.mblock = mblock;
        this.unitOfWork = unitOfWork;
        this.properties = properties;
        this.clock = clock;
    }

    public WalletTransaction transit(TransitCommand command) {
        UnitOfWork.requireNoTransaction("a wallet transit");
        String reference = WalletInputs.requireReference(command.reference());
        String to = WalletInputs.requireAddress(command.to(), "to");
        String contract = WalletInputs.requireAddress(command.contract(), "contract");
        BigDecimal amount =
                command.amount() == null ? null : WalletInputs.requirePositiveAmount(command.amount(), "amount");
        callbackUrls.requireConfigured();
        WalletSigners.Signer signer = signers.resolve(WalletKeySource.member(command.memberId()));
        TransactionRecord intent = TransactionRecord.submitting(
                reference,
                WalletTransactionKind.TRANSIT,
                signer.memberId(),
                WalletKeySource.member(command.memberId()).label(),
                command.actor(),
                signer.address(),
                to,
                contract,
                amount,
                clock.instant());
        TransactionIntents.Logged logged = intents.log(intent);
        if (logged.replayed()) {
            return logged.record().toView();
        }
        long id = logged.record().id();
        MBlockTransitConfig override = new MBlockTransitConfig(
                mblock.transitFee(), mblock.transitFeeWalletKey(), null, null, callbackUrls.urlFor(id));
        VendorRetry.Attempted<String> sent = retry.call(
                "mblock-transit", () -> client.transitByWalletKey(signer.key(), contract, to, amount, override));
        log.info(
                "transit {} ({}) sent in {} attempt(s): {}",
                id,
                reference,
                sent.attempts(),
                sent.succeeded() ? "token " + sent.value() : sent.failure().getMessage());
        return unitOfWork
                .inNewTransaction(() -> recorder.apply(id, row -> recordSend(row, sent)))
                .toView();
    }

    private TransactionRecord recordSend(TransactionRecord row, VendorRetry.Attempted<String> sent) {
        Instant now = clock.instant();
        if (sent.succeeded() && !SendFailures.awaitsSendOutcome(row)) {
            // The callback arrived before this answer was recorded: keep its verdict, add the token.
            return row.vendorToken() != null ? row : row.with(now, draft -> draft.vendorToken = sent.value());
        }
        if (!SendFailures.awaitsSendOutcome(row)) {
            return row;
        }
        if (sent.succeeded()) {
            WalletTransactionStatus next = row.status() == WalletTransactionStatus.UNKNOWN
                    ? WalletTransactionStatus.UNKNOWN
                    : WalletTransactionStatus.PENDING_TRANSIT;
            if (next == WalletTransactionStatus.UNKNOWN) {
                return row.with(now, draft -> draft.vendorToken = sent.value());
            }
            return row.moveTo(next, now, draft -> {
                draft.vendorToken = sent.value();
                draft.sendAttempts = sent.attempts();
                draft.deadlineAt = now.plus(properties.transitDeadline());
            });
        }
        if (sent.failure() instanceof MBlockNotExecutedException definite) {
            return SendFailures.failed(row, definite, sent.attempts(), now);
        }
        return SendFailures.unknown(row, sent.failure(), sent.attempts(), properties.delayAfter(0), now);
    }
}
