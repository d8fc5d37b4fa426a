package com.aeghash.wallet.internal.wallets;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;

/** Wallets in memory, for unit tests of the services; same contract as the SQL implementation. */
public class InMemoryWalletRepository implements WalletRepository {

    private final Map<String, WalletRecord> wallets = new HashMap<>();

    @Override
    public synchronized boolean claimCreation(String memberId, Instant now, Instant staleBefore) {
        WalletRecord existing = wallets.get(memberId);
        boolean staleClaim = existing != null
                && existing.state() == WalletState.CREATING
                && existing.stateChangedAt().isBefore(staleBefore);
        if (existing == null || staleClaim) {
            wallets.put(memberId, new WalletRecord(memberId, WalletState.CREATING, null, null, null, now, null, now));
            return true;
        }
        return false;
    }

    @Override
    public synchronized void saveWallet(
            String memberId, String address, String keyCiphertext, String keyFingerprint, Instant now) {
        WalletRecord existing = wallets.get(memberId);
        if (existing == null || existing.state() != WalletState.CREATING) {
            throw new IllegalStateException("wallet of " + memberId + " is no longer being created by this request");
        }
        boolean addressTaken = wallets.values().stream().anyMatch(wallet -> address.equals(wallet.address()));
        if (addressTaken) {
            throw new DuplicateKeyException("address " + address + " is bound to another member");
        }
        wallets.put(
                memberId,
                new WalletRecord(
                        memberId,
                        WalletState.CREATING.moveTo(WalletState.ACTIVE),
                        address,
                        keyCiphertext,
                        keyFingerprint,
                        now,
                        null,
                        now));
    }

    @Override
    public synchronized void abandonCreation(String memberId) {
        wallets.computeIfPresent(memberId, (id, wallet) -> wallet.state() == WalletState.CREATING ? null : wallet);
    }

    @Override
    public synchronized Optional<WalletRecord> find(String memberId) {
        return Optional.ofNullable(wallets.get(memberId));
    }

    @Override
    public synchronized boolean changeState(String memberId, WalletState expected, WalletState next, Instant now) {
        expected.moveTo(next);
        WalletRecord wallet = wallets.get(memberId);
        if (wallet == null || wallet.state() != expected) {
            return false;
        }
        putInState(wallet, next, now);
        return true;
    }

    @Override
    public synchronized boolean claimStaleRefresh(String memberId, Instant staleBefore, Instant now) {
        WalletRecord wallet = wallets.get(memberId);
        if (wallet == null
                || wallet.state() != WalletState.REFRESHING
                || !wallet.stateChangedAt().isBefore(staleBefore)) {
            return false;
        }
        putInState(wallet, WalletState.REFRESHING, now);
        return true;
    }

    /** Stores the wallet in {@code state} since {@code now}, everything else unchanged. */
    private void putInState(WalletRecord wallet, WalletState state, Instant now) {
        wallets.put(
                wallet.memberId(),
                new WalletRecord(
                        wallet.memberId(),
                        state,
                        wallet.address(),
                        wallet.keyCiphertext(),
                        wallet.keyFingerprint(),
                        wallet.createdAt(),
                        wallet.keyRefreshedAt(),
                        now));
    }

    @Override
    public synchronized boolean storeRefreshedKey(
            String memberId, String keyCiphertext, String keyFingerprint, Instant now) {
        WalletRecord wallet = wallets.get(memberId);
        if (wallet == null || wallet.state() != WalletState.REFRESHING) {
            return false;
        }
        wallets.put(
                memberId,
                new WalletRecord(
                        memberId,
                        WalletState.REFRESHING.moveTo(WalletState.ACTIVE),
                        wallet.address(),
                        keyCiphertext,
                        keyFingerprint,
                        wallet.createdAt(),
                        now,
                        now));
        return true;
    }

    @Override
    public synchronized List<WalletRecord> findInStateSince(WalletState state, Instant before, int limit) {
        return wallets.values().stream()
                .filter(wallet ->
                        wallet.state() == state && wallet.stateChangedAt().isBefore(before))
                .sorted(Comparator.comparing(WalletRecord::stateChangedAt).thenComparing(WalletRecord::memberId))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<WalletRecord> findKeysNotStartingWith(String prefix, String afterMemberId, int limit) {
        return wallets.values().stream()
                .filter(wallet ->
                        keyNotStartingWith(wallet, prefix) && wallet.memberId().compareTo(afterMemberId) > 0)
                .sorted(Comparator.comparing(WalletRecord::memberId))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized long countKeysNotStartingWith(String prefix) {
        return wallets.values().stream()
                .filter(wallet -> keyNotStartingWith(wallet, prefix))
                .count();
    }

    @Override
    public synchronized boolean replaceKeyCiphertext(String memberId, String expected, String replacement) {
        WalletRecord wallet = wallets.get(memberId);
        if (wallet == null || !expected.equals(wallet.keyCiphertext())) {
            return false;
        }
        wallets.put(
                memberId,
                new WalletRecord(
                        memberId,
                        wallet.state(),
                        wallet.address(),
                        replacement,
                        wallet.keyFingerprint(),
                        wallet.createdAt(),
                        wallet.keyRefreshedAt(),
                        wallet.stateChangedAt()));
        return true;
    }

    private static boolean keyNotStartingWith(WalletRecord wallet, String prefix) {
        return wallet.keyCiphertext() != null && !wallet.keyCiphertext().startsWith(prefix);
    }
}
