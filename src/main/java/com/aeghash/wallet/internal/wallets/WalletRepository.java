package com.aeghash.wallet.internal.wallets;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Members' wallets. Implemented over SQL ({@link JdbcWalletRepository}) and, for tests, in memory
 * ({@code InMemoryWalletRepository}); both pass {@code WalletRepositoryContract}. State changes are
 * compare-and-set on the expected state, so two callers can never both win one, and checked against the
 * {@link WalletState} lifecycle before anything is written.
 */
public interface WalletRepository {

    /**
     * Claims the right to create the member's wallet: inserts a {@code CREATING} row, or takes over a
     * {@code CREATING} row whose claim is older than {@code staleBefore} (its creator died). False when the
     * wallet exists or another creator holds a fresh claim.
     */
    boolean claimCreation(String memberId, Instant now, Instant staleBefore);

    /** Binds the address and encrypted key to the member; CREATING → ACTIVE. */
    void saveWallet(String memberId, String address, String keyCiphertext, String keyFingerprint, Instant now);

    /** Drops a {@code CREATING} claim after the vendor failed, so the creation may be tried again. */
    void abandonCreation(String memberId);

    Optional<WalletRecord> find(String memberId);

    /**
     * Moves the wallet from {@code expected} to {@code next}; false when it was not in {@code expected}.
     *
     * @throws IllegalStateException when the wallet lifecycle has no such move (a bug; nothing is written)
     */
    boolean changeState(String memberId, WalletState expected, WalletState next, Instant now);

    /**
     * Claims a key rotation left REFRESHING since before {@code staleBefore} for one recovery attempt: moves its
     * {@code state_changed_at} to {@code now}, so no other reconciler run takes it until it is stale again. False
     * when it is no longer REFRESHING or another run claimed it first.
     */
    boolean claimStaleRefresh(String memberId, Instant staleBefore, Instant now);

    /** Stores a rotated key; REFRESHING → ACTIVE. False when the wallet was not REFRESHING. */
    boolean storeRefreshedKey(String memberId, String keyCiphertext, String keyFingerprint, Instant now);

    /** Wallets in the state whose last state change is before {@code before}, oldest first. */
    List<WalletRecord> findInStateSince(WalletState state, Instant before, int limit);

    /** Wallets with a stored key whose ciphertext does not start with {@code prefix}, by member id after {@code afterMemberId}. */
    List<WalletRecord> findKeysNotStartingWith(String prefix, String afterMemberId, int limit);

    /** How many stored keys do not start with {@code prefix}. */
    long countKeysNotStartingWith(String prefix);

    /**
     * Replaces the key's ciphertext (same key, encrypted anew) if it is still {@code expected}; false when it
     * changed meanwhile (a key rotation stored another key, which must not be overwritten).
     */
    boolean replaceKeyCiphertext(String memberId, String expected, String replacement);
}
