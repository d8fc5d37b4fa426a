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
import com.aeghash.wallet.internal.mblock.MBlockTransitConfig;
import com.aeghash.wallet.internal.mblock.VendorRetry;
import com.aeghash.wallet.internal.transactions.SendFailures;
import com.aeghash.wallet.internal.transactions.TransactionRecord;
import com.aeghash.wallet.internal.transactions.TransactionSends;
import com.aeghash.wallet.internal.wallets.WalletSigners;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * A transit in atomic phases: (1) intent committed as SUBMITTING (its id signs the callback URL); (2)
 * {@code transitByWalletKey} with a per-request config naming our callback (and the fee settings when
 * configured); (3) PENDING_TRANSIT with the vendor's token and a callback deadline, FAILED, or UNKNOWN.
 * The callback ({@link TransitCallbacks}) then confirms or fails it.
 */
@Component
public class TransitProcessor {

    private final WalletSigners signers;
    private final MBlockClient client;
    private final TransactionSends sends;
    private final TransitCallbackUrls callbackUrls;
    private final MBlockProperties mblock;
    private final WalletProperties properties;
    private final Clock clock;

    TransitProcessor(
            WalletSigners signers,
            MBlockClient client,
            TransactionSends sends,
            TransitCallbackUrls callbackUrls,
            MBlockProperties mblock,
            WalletProperties properties,
            Clock clock) {
        this.signers = signers;
        this.client = client;
        this.sends = sends;
        this.callbackUrls = callbackUrls;
        this.mblock = mblock;
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
        return sends.send(
                intent,
                "mblock-transit",
                "token",
                id -> {
                    MBlockTransitConfig override = new MBlockTransitConfig(
                            mblock.transitFee(), mblock.transitFeeWalletKey(), null, null, callbackUrls.urlFor(id));
                    return () -> client.transitByWalletKey(signer.key(), contract, to, amount, override);
                },
                this::recordSend);
    }

    private TransactionRecord recordSend(TransactionRecord row, VendorRetry.Attempted<String> sent, Instant now) {
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
        return sends.notSucceeded(row, sent, now);
    }
}
