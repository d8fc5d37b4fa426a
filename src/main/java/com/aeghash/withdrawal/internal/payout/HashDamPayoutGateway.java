package com.aeghash.withdrawal.internal.payout;

import com.aeghash.common.ApiException;
import com.aeghash.ledger.Asset;
import com.aeghash.mining.MiningWithdrawalRecord;
import com.aeghash.mining.MiningWithdrawalRequest;
import com.aeghash.mining.MiningWithdrawals;
import com.aeghash.withdrawal.PayoutCommand;
import com.aeghash.withdrawal.PayoutGateway;
import com.aeghash.withdrawal.PayoutOutcome;
import com.aeghash.withdrawal.internal.WithdrawalProperties;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Pays the mined coins out through the mining module's HashDam withdrawal primitive, under the withdrawal's
 * payout reference. The primitive posts the ledger entries of {@link com.aeghash.withdrawal.PayoutReferences}
 * with the same lines as the withdrawal module: its {@code :hold} replays the hold placed when the withdrawal was
 * requested, and whichever of the two modules posts {@code :clear} or {@code :release} second replays the first,
 * so each money move happens once. HashDam pays only to the platform's exchange account registered with the
 * vendor ({@code assetWithdrawRequest} takes no address), so a request naming a destination is refused.
 */
@Component
@ConditionalOnProperty(name = WithdrawalProperties.COIN_PAYOUTS_ENABLED, havingValue = "true", matchIfMissing = true)
class HashDamPayoutGateway implements PayoutGateway {

    private final MiningWithdrawals mining;

    HashDamPayoutGateway(MiningWithdrawals mining) {
        this.mining = mining;
    }

    @Override
    public boolean handles(Asset asset) {
        return asset.isCoin();
    }

    @Override
    public void checkDestination(String memberId, Asset asset, String destination) {
        if (destination != null) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "destination_not_supported",
                    "destination",
                    "destination: HashDam pays " + asset + " withdrawals only to the platform's registered exchange "
                            + "account; leave the destination out",
                    Map.of());
        }
    }

    @Override
    public PayoutOutcome execute(PayoutCommand command) {
        if (command.destination() != null) {
            // Refused at request time; a request stored before that check existed is not sent elsewhere.
            return PayoutOutcome.failedDefinite("HashDam cannot pay to an external destination");
        }
        MiningWithdrawalRequest request = requestOf(command);
        try {
            return MiningPayoutOutcomeConverter.of(mining.request(request));
        } catch (RuntimeException failure) {
            return afterFailure(request, failure);
        }
    }

    /**
     * The primitive commits its row before calling HashDam: without a row, nothing was sent, and the next
     * request would be refused the same way. A row belonging to another request means the reference was taken
     * (never by this payout, which is executed once).
     */
    private PayoutOutcome afterFailure(MiningWithdrawalRequest request, RuntimeException failure) {
        Optional<MiningWithdrawalRecord> recorded = mining.find(request.payoutReference());
        String reason = CallFailures.reasonOf(failure);
        if (recorded.isEmpty()) {
            return PayoutOutcome.failedDefinite("HashDam was not asked: " + reason);
        }
        MiningWithdrawalRecord row = recorded.get();
        if (!row.memberId().equals(request.memberId())
                || row.coin() != request.coin()
                || row.amount().compareTo(request.amount()) != 0) {
            return PayoutOutcome.failedDefinite("payout reference " + request.payoutReference()
                    + " belongs to another mining withdrawal; this payout was not sent");
        }
        return MiningPayoutOutcomeConverter.of(row);
    }

    /**
     * Reads the primitive's record, reconciled with HashDam first if that row's own check is due (its reconciler has
     * not run yet, for example on an instance whose schedules are off); never sends. Without a record, fences the
     * reference first (see {@link PayoutGateway#reconcile}).
     */
    @Override
    public PayoutOutcome reconcile(PayoutCommand command) {
        MiningWithdrawalRecord row = mining.reconcile(command.payoutReference())
                .orElseGet(() -> mining.fenceUnsent(
                        requestOf(command),
                        "HashDam was never asked: no mining "
                                + "withdrawal was recorded when the withdrawal module reconciled "
                                + command.payoutReference()));
        return MiningPayoutOutcomeConverter.of(row);
    }

    private static MiningWithdrawalRequest requestOf(PayoutCommand command) {
        return new MiningWithdrawalRequest(
                command.payoutReference(), command.memberId(), command.asset(), command.amount());
    }
}
