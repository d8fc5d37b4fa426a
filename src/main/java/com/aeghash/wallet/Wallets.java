package com.aeghash.wallet;

import java.util.List;
import java.util.Optional;

/**
 * Members' custodial wallets at MBlock. Calls that reach the vendor run in atomic phases (intent committed,
 * vendor called with no transaction open, outcome recorded in a new transaction): never call them inside a
 * transaction of your own.
 */
public interface Wallets {

    /**
     * Creates the member's wallet at MBlock, or returns the existing one ({@code created = false}).
     *
     * @throws com.aeghash.common.ApiException 409 {@code wallet_creation_in_progress} while another request creates it,
     *                                         502/503 when MBlock failed (nothing is stored; the call may be repeated),
     *                                         422 {@code unknown_member} for a member id that is not registered
     */
    WalletCreation createWallet(String memberId);

    /** @throws com.aeghash.common.ApiException 404 when the member has no wallet */
    Wallet wallet(String memberId);

    /** The on-chain balance of the member's wallet; {@code contract} null = native BNB. */
    WalletBalance balance(String memberId, String contract);

    /**
     * Rotates the member's wallet key at MBlock and stores the new one (the old one stops working at once).
     * The rotation is recorded before the call; see {@code WalletKeyRotation} for the recovery when the
     * outcome is unknown or the new key could not be stored.
     */
    Wallet refreshWalletKey(String memberId, String actor);

    /**
     * Sends a transfer and records it. Returns the transaction in status {@code submitted} (with txid),
     * {@code failed} (definite: nothing was sent) or {@code unknown} (reconciled later; never re-sent).
     * A settled transfer publishes {@link WalletTransferSettled}.
     */
    WalletTransaction transferFrom(TransferCommand command);

    /**
     * Closes the transfer's reference to any later {@link #transferFrom}: when nothing is recorded under it yet,
     * records the transfer as {@code failed} ({@code never_sent}), so a transfer arriving late (a caller stalled
     * before its intent committed) finds it and never calls MBlock. Returns that transaction, or the one already
     * recorded under the reference. For callers that abandoned a transfer call and must know it cannot send.
     */
    WalletTransaction fenceUnsentTransfer(TransferCommand command, String reason);

    /**
     * Starts a transit and records it as {@code pending-transit} until MBlock's callback confirms or fails it.
     */
    WalletTransaction transit(TransitCommand command);

    /** The member's transactions, newest first, at most {@code limit} (capped at 100). */
    List<WalletTransaction> transactions(String memberId, int limit);

    /**
     * The member's transactions with an id below {@code beforeId}, newest first, at most {@code limit} (capped one
     * above {@code aeghash.wallet.list-limit-max}, so a page can tell whether another follows).
     */
    List<WalletTransaction> transactionsBefore(String memberId, long beforeId, int limit);

    /** @throws com.aeghash.common.ApiException 404 when there is no such transaction */
    WalletTransaction transaction(long transactionId);

    /**
     * The transaction recorded under the caller's reference, if any. A caller reconciling its own payout reads
     * it here: unlike repeating {@link #transferFrom}, this never sends anything.
     */
    Optional<WalletTransaction> transactionByReference(String reference);
}
