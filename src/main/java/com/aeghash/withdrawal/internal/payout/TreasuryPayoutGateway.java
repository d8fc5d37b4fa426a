package com.aeghash.withdrawal.internal.payout;

import com.aeghash.common.ApiException;
import com.aeghash.config.MBlockTreasuryProperties;
import com.aeghash.ledger.Asset;
import com.aeghash.wallet.TransferCommand;
import com.aeghash.wallet.WalletTransaction;
import com.aeghash.wallet.Wallets;
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
 * Pays POINT out as a token transfer at MBlock from the company treasury wallet to the member's platform wallet
 * address, or to the external address the member whitelisted (the risk rules block any other). One ledger POINT
 * is one POINT token. The wallet module sends it ({@link Wallets#transferFrom}) under the payout reference,
 * so a repeat returns the first transfer instead of sending again, and settles unclear outcomes with its reconciler
 * (receipts) and operators; {@link TreasuryTransferSettlements} passes each settlement on.
 */
@Component
@ConditionalOnProperty(name = WithdrawalProperties.POINT_PAYOUTS_ENABLED, havingValue = "true")
class TreasuryPayoutGateway implements PayoutGateway {

    /** Recipient of a fence for a member without wallet or destination (nothing can ever be sent there). */
    static final String NO_RECIPIENT = "0x0000000000000000000000000000000000000000";
    /** The actor of the treasury's payout transfers. */
    static final String PAYOUT_ACTOR = "withdrawal-payout";

    private final Wallets wallets;
    private final TreasuryWallet treasury;

    TreasuryPayoutGateway(Wallets wallets, MBlockTreasuryProperties properties) {
        this.wallets = wallets;
        this.treasury = TreasuryWallet.of(properties);
    }

    @Override
    public boolean handles(Asset asset) {
        return asset == Asset.POINT;
    }

    @Override
    public void checkDestination(String memberId, Asset asset, String destination) {
        if (destination == null && memberWalletAddress(memberId).isEmpty()) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "member_wallet_missing",
                    "destination",
                    "destination: member " + memberId + " has no platform wallet to receive POINT; create the wallet "
                            + "or give a whitelisted destination",
                    Map.of());
        }
    }

    @Override
    public PayoutOutcome execute(PayoutCommand command) {
        Optional<String> to = recipientOf(command);
        if (to.isEmpty()) {
            return PayoutOutcome.failedDefinite("member " + command.memberId() + " has no platform wallet");
        }
        TransferCommand transfer = transferOf(command, to.get());
        try {
            return WalletPayoutOutcomeConverter.ofSend(wallets.transferFrom(transfer));
        } catch (RuntimeException failure) {
            return afterFailure(command.payoutReference(), failure);
        }
    }

    /**
     * The wallet module commits the transfer before calling MBlock: without a record, nothing was sent, and the
     * next attempt would be refused the same way. A record that is not the treasury's means the reference was
     * taken by another transfer (never this payout, which is executed once).
     */
    private PayoutOutcome afterFailure(String payoutReference, RuntimeException failure) {
        Optional<WalletTransaction> recorded = wallets.transactionByReference(payoutReference);
        String reason = CallFailures.reasonOf(failure);
        if (recorded.isEmpty()) {
            return PayoutOutcome.failedDefinite("MBlock was not asked: " + reason);
        }
        if (!TreasuryWallet.LABEL.equals(recorded.get().source())) {
            return PayoutOutcome.failedDefinite("payout reference " + payoutReference
                    + " belongs to another wallet transaction; this payout was not sent");
        }
        return WalletPayoutOutcomeConverter.ofSend(recorded.get());
    }

    /**
     * Reads the treasury's transfer as the wallet module knows it now; never sends. Without one, fences the
     * reference first (see {@link PayoutGateway#reconcile}): a transfer call stalled before it recorded its
     * intent then finds the fence and sends nothing.
     */
    @Override
    public PayoutOutcome reconcile(PayoutCommand command) {
        String reference = command.payoutReference();
        WalletTransaction transfer = wallets.transactionByReference(reference)
                .orElseGet(() -> wallets.fenceUnsentTransfer(
                        transferOf(command, recipientOf(command).orElse(NO_RECIPIENT)),
                        "MBlock was never asked: no treasury transfer was recorded when "
                                + "the withdrawal module reconciled " + reference));
        if (!TreasuryWallet.LABEL.equals(transfer.source())) {
            return PayoutOutcome.failedDefinite("payout reference " + reference
                    + " belongs to another wallet transaction; this payout was not sent");
        }
        return WalletPayoutOutcomeConverter.ofRecord(transfer);
    }

    /** The destination given, else the member's platform wallet. */
    private Optional<String> recipientOf(PayoutCommand command) {
        return command.destination() != null
                ? Optional.of(command.destination())
                : memberWalletAddress(command.memberId());
    }

    /** Sent by the withdrawal workflow after two approvals (named in the withdrawal's trail), not by a person. */
    private TransferCommand transferOf(PayoutCommand command, String to) {
        return new TransferCommand(
                command.payoutReference(),
                treasury.keySource(),
                to,
                command.amount(),
                treasury.pointTokenContract(),
                PAYOUT_ACTOR);
    }

    private Optional<String> memberWalletAddress(String memberId) {
        try {
            return Optional.of(wallets.wallet(memberId).address());
        } catch (ApiException missing) {
            if (missing.status() == HttpStatus.NOT_FOUND) {
                return Optional.empty();
            }
            throw missing;
        }
    }
}
