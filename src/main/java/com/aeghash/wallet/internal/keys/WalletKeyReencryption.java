package com.aeghash.wallet.internal.keys;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.Secret;
import com.aeghash.common.UnitOfWork;
import com.aeghash.config.SecretEncryptor;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import com.aeghash.wallet.internal.wallets.WalletKeys;
import com.aeghash.wallet.internal.wallets.WalletRecord;
import com.aeghash.wallet.internal.wallets.WalletRepository;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Completes a rotation of {@code AEGHASH_ENCRYPTION_KEY}: wallet keys still encrypted under the previous key
 * ({@code AEGHASH_ENCRYPTION_KEY_PREVIOUS}) are decrypted and encrypted anew under the current one, so the
 * previous key can be removed once {@link #status()} counts none left.
 *
 * <ul>
 *   <li>Batches of {@link #BATCH_SIZE} wallets in member id order, one transaction each; a stop in the middle
 *       leaves every wallet readable (old or new ciphertext) and the next run continues.</li>
 *   <li>A ciphertext is replaced only if it is still the one read: a key rotation ({@code refreshWallet})
 *       storing a new wallet key meanwhile wins and is never overwritten.</li>
 *   <li>The wallet key itself (and its fingerprint) does not change, and never leaves memory as plaintext.</li>
 *   <li>A ciphertext that no configured key reads (written under an older key still, or damaged) is counted,
 *       logged by member and alerted as critical: that wallet can no longer sign until its key is recovered.</li>
 * </ul>
 * Runs every {@code aeghash.wallet.key-reencryption-interval} (1h) while a previous key is configured, and on
 * demand ({@code POST /api/v1/ops/wallet-keys/re-encryptions}).
 */
@Component
class WalletKeyReencryption {

    static final int BATCH_SIZE = 200;
    private static final Logger log = LoggerFactory.getLogger(WalletKeyReencryption.class);

    private final WalletRepository wallets;
    private final WalletKeys keys;
    private final SecretEncryptor encryptor;
    private final AuditLog auditLog;
    private final Notifier notifier;
    private final UnitOfWork unitOfWork;

    WalletKeyReencryption(
            WalletRepository wallets,
            WalletKeys keys,
            SecretEncryptor encryptor,
            AuditLog auditLog,
            Notifier notifier,
            UnitOfWork unitOfWork) {
        this.wallets = wallets;
        this.keys = keys;
        this.encryptor = encryptor;
        this.auditLog = auditLog;
        this.notifier = notifier;
        this.unitOfWork = unitOfWork;
    }

    /** Where the rotation stands: the current key's id and the wallet keys stored under any other key. */
    public record Status(String currentKeyId, boolean previousKeyConfigured, long walletKeysUnderOtherKeys) {}

    /** What one run did, and what is left under other keys afterwards. */
    public record Report(int reencrypted, int changedMeanwhile, int unreadable, long remaining) {}

    public Status status() {
        return new Status(
                encryptor.currentKeyId(),
                encryptor.readsPreviousKey(),
                wallets.countKeysNotStartingWith(encryptor.currentCiphertextPrefix()));
    }

    @Scheduled(
            fixedDelayString = "${aeghash.wallet.key-reencryption-interval:1h}",
            initialDelayString = "${aeghash.wallet.key-reencryption-interval:1h}")
    @SchedulerLock(
            name = "wallet-key-reencryption",
            lockAtMostFor = "PT2H",
            lockAtLeastFor = "${aeghash.wallet.key-reencryption-interval:1h}")
    public void scheduledRun() {
        if (encryptor.readsPreviousKey()) {
            reencrypt("wallet-key-reencryption");
        }
    }

    /** Re-encrypts every wallet key not under the current key; audited when it changed or found anything. */
    public Report reencrypt(String actor) {
        String prefix = encryptor.currentCiphertextPrefix();
        int[] totals = new int[3];
        String after = "";
        List<WalletRecord> batch;
        while (!(batch = wallets.findKeysNotStartingWith(prefix, after, BATCH_SIZE)).isEmpty()) {
            List<WalletRecord> current = batch;
            int[] counts = unitOfWork.inNewTransaction(() -> reencryptBatch(current));
            for (int index = 0; index < totals.length; index++) {
                totals[index] += counts[index];
            }
            after = batch.get(batch.size() - 1).memberId();
        }
        Report report = new Report(totals[0], totals[1], totals[2], wallets.countKeysNotStartingWith(prefix));
        record(actor, report);
        return report;
    }

    private int[] reencryptBatch(List<WalletRecord> batch) {
        int[] counts = new int[3];
        for (WalletRecord wallet : batch) {
            Secret walletKey;
            try {
                walletKey = keys.keyOf(wallet);
            } catch (IllegalStateException | IllegalArgumentException unreadable) {
                log.error(
                        "wallet key of member {} is readable by no configured encryption key: {}",
                        wallet.memberId(),
                        unreadable.getMessage());
                counts[2]++;
                continue;
            }
            String replacement = keys.encrypt(wallet.memberId(), walletKey);
            counts[wallets.replaceKeyCiphertext(wallet.memberId(), wallet.keyCiphertext(), replacement) ? 0 : 1]++;
        }
        return counts;
    }

    private void record(String actor, Report report) {
        if (report.reencrypted() == 0 && report.unreadable() == 0) {
            return;
        }
        Map<String, String> details = Map.of(
                "currentKeyId",
                encryptor.currentKeyId(),
                "reencrypted",
                String.valueOf(report.reencrypted()),
                "changedMeanwhile",
                String.valueOf(report.changedMeanwhile()),
                "unreadable",
                String.valueOf(report.unreadable()),
                "remaining",
                String.valueOf(report.remaining()));
        unitOfWork.inNewTransaction(() -> {
            auditLog.record(actor, "wallet.keys_reencrypted", "wallet-keys", details);
            if (report.unreadable() > 0) {
                notifier.alert(Alert.critical(
                        "wallet",
                        "Wallet keys unreadable",
                        report.unreadable() + " wallet key(s) are encrypted under no configured key; those wallets"
                                + " cannot sign (the log names the members)",
                        details));
            }
        });
        log.info("wallet keys re-encrypted under key {}: {}", encryptor.currentKeyId(), report);
    }
}
