package com.aeghash.wallet.internal.transit;

import com.aeghash.common.ApiException;
import com.aeghash.common.LogText;
import com.aeghash.common.UnitOfWork;
import com.aeghash.wallet.FailureReason;
import com.aeghash.wallet.WalletTransactionKind;
import com.aeghash.wallet.WalletTransactionStatus;
import com.aeghash.wallet.internal.transactions.TransactionRecord;
import com.aeghash.wallet.internal.transactions.TransactionRecorder;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Applies MBlock's transit callbacks. The callback token in the URL authenticates the vendor (a forged or
 * missing one is a 401 and changes nothing); an unknown transaction or a vendor token that is not the
 * transaction's is a 404; a callback for a settled transit changes nothing (the vendor may repeat it).
 */
@Component
class TransitCallbacks {

    private static final Logger log = LoggerFactory.getLogger(TransitCallbacks.class);
    private final TransitCallbackTokens tokens;
    private final TransactionRecorder recorder;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    TransitCallbacks(TransitCallbackTokens tokens, TransactionRecorder recorder, UnitOfWork unitOfWork, Clock clock) {
        this.tokens = tokens;
        this.recorder = recorder;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    TransactionRecord handle(String callbackToken, TransitCallback callback) {
        OptionalLong transactionId = tokens.verify(callbackToken);
        if (transactionId.isEmpty()) {
            log.warn(
                    "transit callback rejected: missing or forged callback token (vendor token {})",
                    LogText.escape(callback.token()));
            throw new ApiException(
                    HttpStatus.UNAUTHORIZED, "invalid_callback_token", "the callback token is missing or invalid");
        }
        long id = transactionId.getAsLong();
        return unitOfWork.inTransaction(() -> recorder.apply(id, row -> {
            requireTransitWithToken(row, callback.token());
            return settle(row, callback);
        }));
    }

    /** The locked row must be a transit whose vendor token, once known, is the callback's. */
    private void requireTransitWithToken(TransactionRecord row, String vendorToken) {
        if (row.kind() != WalletTransactionKind.TRANSIT) {
            throw ApiException.notFound("transit");
        }
        if (row.vendorToken() != null && !row.vendorToken().equals(vendorToken)) {
            log.warn(
                    "transit callback for transaction {} names token {} but the transit has token {}",
                    row.id(),
                    LogText.escape(vendorToken),
                    row.vendorToken());
            throw new ApiException(
                    HttpStatus.NOT_FOUND, "unknown_transit_token", "no transit with this token is known here");
        }
    }

    private TransactionRecord settle(TransactionRecord row, TransitCallback callback) {
        if (row.status().isFinal()) {
            log.info("transit callback for settled transaction {} ({}) ignored", row.id(), row.status());
            return row;
        }
        Instant now = clock.instant();
        if (Boolean.TRUE.equals(callback.result())) {
            return row.moveTo(WalletTransactionStatus.CONFIRMED, now, draft -> {
                draft.vendorToken = callback.token();
                draft.txidFee = callback.txidFee();
                draft.txidToken = callback.txidToken();
                draft.nextCheckAt = null;
            });
        }
        return row.moveTo(WalletTransactionStatus.FAILED, now, draft -> {
            draft.vendorToken = callback.token();
            draft.txidFee = callback.txidFee();
            draft.failureReason = FailureReason.TRANSIT_FAILED;
            draft.failureMessage = "MBlock reported the transit failed: " + callback.message();
            draft.nextCheckAt = null;
        });
    }
}
