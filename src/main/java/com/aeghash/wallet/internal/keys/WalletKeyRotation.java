package com.aeghash.wallet.internal.keys;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.ApiException;
import com.aeghash.common.Secret;
import com.aeghash.common.UnitOfWork;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import com.aeghash.wallet.Wallet;
import com.aeghash.wallet.internal.WalletProperties;
import com.aeghash.wallet.internal.mblock.MBlockClient;
import com.aeghash.wallet.internal.mblock.MBlockError;
import com.aeghash.wallet.internal.mblock.MBlockNotExecutedException;
import com.aeghash.wallet.internal.mblock.MBlockOutcomeUnknownException;
import com.aeghash.wallet.internal.mblock.VendorProblems;
import com.aeghash.wallet.internal.wallets.WalletKeyStore;
import com.aeghash.wallet.internal.wallets.WalletKeys;
import com.aeghash.wallet.internal.wallets.WalletRecord;
import com.aeghash.wallet.internal.wallets.WalletRepository;
import com.aeghash.wallet.internal.wallets.WalletState;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Wallet key rotation ({@code refreshWallet}: the old key stops working at once).
 *
 * <ol>
 *   <li>The wallet is marked REFRESHING and audited, committed, before the call: transfers stop, and a
 *       crash leaves a visible trace.</li>
 *   <li>The new key is stored encrypted, with its audit entry, in one transaction (ACTIVE again); storing
 *       is retried, since only our database can lose it now.</li>
 *   <li>If the new key cannot be stored, or the answer never came, the wallet stays REFRESHING. The reconciler
 *       ({@link #recoverStale}) later re-sends {@code refreshWallet} with the stored key: if MBlock accepts
 *       it, the first rotation never happened and the fresh key is stored; if MBlock rejects it, the first
 *       rotation did happen and its key is gone: KEY_LOST, a critical alert, and MBlock support must
 *       recover the wallet (its funds stay at its address).</li>
 * </ol>
 */
@Component
public class WalletKeyRotation {

    private static final Logger log = LoggerFactory.getLogger(WalletKeyRotation.class);
    private final WalletRepository wallets;
    private final WalletKeys keys;
    private final WalletKeyStore keyStore;
    private final MBlockClient client;
    private final AuditLog auditLog;
    private final Notifier notifier;
    private final UnitOfWork unitOfWork;
    private final WalletProperties properties;
    private final Clock clock;
    private final RetryConfig storeRetry;

    public WalletKeyRotation(
            WalletRepository wallets,
            WalletKeys keys,
            WalletKeyStore keyStore,
            MBlockClient client,
            AuditLog auditLog,
            Notifier notifier,
            UnitOfWork unitOfWork,
            WalletProperties properties,
            Clock clock) {
        this.wallets = wallets;
        this.keys = keys;
        this.keyStore = keyStore;
        this.client = client;
        this.auditLog = auditLog;
        this.notifier = notifier;
        this.unitOfWork = unitOfWork;
        this.properties = properties;
        this.clock = clock;
        this.storeRetry = RetryConfig.custom()
                .maxAttempts(3)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(200), 2.0))
                .retryOnException(
                        failure -> failure instanceof DataAccessException || failure instanceof TransactionException)
                .build();
    }

    public Wallet refresh(String memberId, String actor, WalletRecord wallet) {
        UnitOfWork.requireNoTransaction("a wallet key rotation");
        boolean marked = unitOfWork.inNewTransaction(() -> {
            boolean changed =
                    wallets.changeState(memberId, WalletState.ACTIVE, WalletState.REFRESHING, clock.instant());
            if (changed) {
                auditLog.record(
                        actor,
                        "wallet.key_refresh_started",
                        memberId,
                        Map.of("keyFingerprint", wallet.keyFingerprint()));
            }
            return changed;
        });
        if (!marked) {
            throw ApiException.conflict("wallet_key_refreshing", "the wallet key of " + memberId + " is being rotated");
        }
        return rotate(wallet, actor, "wallet.key_refreshed", false);
    }

    /**
     * Reconciler step: settles rotations left REFRESHING for longer than {@code key-refresh-stale-after}, either way
     * (new key stored, or KEY_LOST); returns how many were settled.
     */
    public int recoverStale() {
        Instant staleBefore = clock.instant().minus(properties.keyRefreshStaleAfter());
        var stale = wallets.findInStateSince(WalletState.REFRESHING, staleBefore, properties.janitorBatchMax());
        int settled = 0;
        for (WalletRecord wallet : stale) {
            // Two runs (the scheduled reconciler and POST /wallet-janitor/runs) must never both re-send: the loser's
            // rejection would mark the wallet KEY_LOST and throw away the key the winner just received.
            if (!unitOfWork.inNewTransaction(
                    () -> wallets.claimStaleRefresh(wallet.memberId(), staleBefore, clock.instant()))) {
                continue;
            }
            try {
                rotate(wallet, "wallet-janitor", "wallet.key_refresh_recovered", true);
                settled++;
            } catch (ApiException unsettledOrLost) {
                if ("wallet_key_lost".equals(unsettledOrLost.code())) {
                    settled++;
                } else {
                    log.warn(
                            "key rotation of wallet {} still unsettled: {}",
                            wallet.memberId(),
                            unsettledOrLost.getMessage());
                }
            }
        }
        return settled;
    }

    /**
     * {@code recovery}: re-sent by the reconciler. Then only MBlock's acceptance or rejection of the stored key
     * settles the rotation; any other failure of this call says nothing about the first one.
     */
    private Wallet rotate(WalletRecord wallet, String actor, String auditAction, boolean recovery) {
        Secret fresh;
        try {
            fresh = client.refreshWallet(keys.keyOf(wallet));
        } catch (MBlockNotExecutedException failure) {
            if (failure.isError(MBlockError.INVALID_WALLET_KEY)
                    || failure.isError(MBlockError.WALLET_EXPIRED)
                    || failure.isError(MBlockError.WALLET_ADDRESS_INCORRECT)) {
                markLost(wallet, actor, failure);
                throw ApiException.conflict(
                        "wallet_key_lost", "MBlock no longer accepts the stored wallet key of " + wallet.memberId());
            }
            if (recovery) {
                throw VendorProblems.of(failure);
            }
            // Our own call was not executed, and nothing else rotates this key: the stored key still works.
            unitOfWork.inNewTransaction(() -> {
                wallets.changeState(wallet.memberId(), WalletState.REFRESHING, WalletState.ACTIVE, clock.instant());
                auditLog.record(
                        actor, "wallet.key_refresh_failed", wallet.memberId(), Map.of("reason", failure.getMessage()));
            });
            throw VendorProblems.of(failure);
        } catch (MBlockOutcomeUnknownException unknown) {
            if (recovery) {
                throw VendorProblems.of(unknown);
            }
            notifier.alertIndependently(Alert.warning(
                    "wallet",
                    "Wallet key rotation outcome unknown",
                    "the key of " + wallet.memberId() + " may have been rotated; the reconciler settles it after "
                            + properties.keyRefreshStaleAfter(),
                    Map.of("memberId", wallet.memberId())));
            throw VendorProblems.of(unknown);
        }
        return store(wallet, fresh, actor, auditAction);
    }

    private Wallet store(WalletRecord wallet, Secret fresh, String actor, String auditAction) {
        String memberId = wallet.memberId();
        try {
            Retry.of("wallet-key-store", storeRetry)
                    .executeRunnable(() ->
                            unitOfWork.inNewTransaction(() -> keyStore.saveRotated(wallet, fresh, actor, auditAction)));
        } catch (RuntimeException notStored) {
            reportNotStored(memberId, notStored);
            throw new ApiException(
                    HttpStatus.INTERNAL_SERVER_ERROR,
                    "wallet_key_not_stored",
                    "MBlock rotated the wallet key but it could not be stored; the wallet stays locked for recovery");
        }
        log.info("wallet key of {} rotated ({} -> {})", memberId, wallet.keyFingerprint(), fresh.fingerprint());
        return wallets.find(memberId).orElseThrow().toWallet();
    }

    private void reportNotStored(String memberId, RuntimeException cause) {
        log.error(
                "wallet key of {} was rotated at MBlock but the new key could not be stored ({}); the wallet "
                        + "stays REFRESHING and the reconciler will find out whether the old key still works",
                memberId,
                cause.toString());
        try {
            notifier.alertIndependently(Alert.critical(
                    "wallet",
                    "Wallet key rotated but not stored",
                    "the new key of " + memberId + " could not be stored; transfers are blocked until the reconciler "
                            + "settles the rotation",
                    Map.of("memberId", memberId)));
        } catch (RuntimeException alertFailed) {
            log.error(
                    "could not record the alert for the unstored wallet key of {}: {}",
                    memberId,
                    alertFailed.toString());
        }
    }

    private void markLost(WalletRecord wallet, String actor, MBlockNotExecutedException failure) {
        unitOfWork.inNewTransaction(() -> {
            // A rotation is only ever sent with the wallet REFRESHING (marked by refresh, or claimed by recovery).
            if (!wallets.changeState(
                    wallet.memberId(), WalletState.REFRESHING, WalletState.KEY_LOST, clock.instant())) {
                return;
            }
            auditLog.record(
                    actor,
                    "wallet.key_lost",
                    wallet.memberId(),
                    Map.of("keyFingerprint", wallet.keyFingerprint(), "vendorMessage", failure.getMessage()));
            notifier.alert(Alert.critical(
                    "wallet",
                    "Wallet key lost",
                    "MBlock rejects the stored key of " + wallet.memberId() + " (" + failure.getMessage()
                            + "). Ask MBlock support to recover the wallet; its funds stay at " + wallet.address(),
                    Map.of(
                            "memberId",
                            wallet.memberId(),
                            "address",
                            wallet.address(),
                            "keyFingerprint",
                            wallet.keyFingerprint())));
        });
        log.error("wallet key of {} is rejected by MBlock: wallet marked KEY_LOST", wallet.memberId());
    }
}
