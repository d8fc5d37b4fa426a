package com.aeghash.wallet.internal.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.Secret;
import com.aeghash.config.SecretEncryptor;
import com.aeghash.testsupport.TestSecrets;
import com.aeghash.wallet.internal.WalletTestKit;
import com.aeghash.wallet.internal.wallets.InMemoryWalletRepository;
import com.aeghash.wallet.internal.wallets.WalletKeys;
import com.aeghash.wallet.internal.wallets.WalletRecord;
import com.aeghash.wallet.internal.wallets.WalletState;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Completing a rotation of the encryption key: wallet keys re-encrypted under the new key, nothing lost. */
class WalletKeyReencryptionTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Secret OLD_KEY = Secret.of(TestSecrets.ENCRYPTION_KEY);
    private static final Secret NEW_KEY = randomKey();

    private final SecretEncryptor rotated = new SecretEncryptor(NEW_KEY, OLD_KEY);

    @Test
    void walletKeysUnderThePreviousKeyAreReencryptedAndReadableWithoutIt() {
        WalletTestKit kit = new WalletTestKit();
        List<String> members = List.of("m-1", "m-2", "m-3");
        members.forEach(member -> store(kit.wallets, member, kit.encryptor));
        WalletKeyReencryption reencryption = reencryptionUnder(kit, rotated);

        WalletKeyReencryption.Status before = reencryption.status();
        WalletKeyReencryption.Report report = reencryption.reencrypt("admin");
        WalletKeyReencryption.Report again = reencryption.reencrypt("admin");

        assertThat(before).isEqualTo(new WalletKeyReencryption.Status(rotated.currentKeyId(), true, 3));
        assertThat(report).isEqualTo(new WalletKeyReencryption.Report(3, 0, 0, 0));
        assertThat(again).isEqualTo(new WalletKeyReencryption.Report(0, 0, 0, 0));
        WalletKeys withoutPrevious = new WalletKeys(new SecretEncryptor(NEW_KEY, null));
        for (String member : members) {
            WalletRecord wallet = kit.wallets.find(member).orElseThrow();
            assertThat(wallet.keyCiphertext()).startsWith(rotated.currentCiphertextPrefix());
            assertThat(withoutPrevious.keyOf(wallet).reveal()).isEqualTo(walletKeyOf(member));
            assertThat(wallet.keyFingerprint())
                    .isEqualTo(Secret.of(walletKeyOf(member)).fingerprint());
        }
        assertThat(kit.audits).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("wallet.keys_reencrypted");
            assertThat(entry.details())
                    .containsEntry("reencrypted", "3")
                    .containsEntry("remaining", "0")
                    .containsEntry("currentKeyId", rotated.currentKeyId());
        });
        assertThat(kit.notifier.alerts()).isEmpty();
    }

    @Test
    void everyBatchIsDoneWhenThereAreMoreWalletsThanOneBatch() {
        WalletTestKit kit = new WalletTestKit();
        int count = WalletKeyReencryption.BATCH_SIZE * 2 + 17;
        for (int index = 0; index < count; index++) {
            store(kit.wallets, "m-%04d".formatted(index), kit.encryptor);
        }

        WalletKeyReencryption.Report report = reencryptionUnder(kit, rotated).reencrypt("admin");

        assertThat(report).isEqualTo(new WalletKeyReencryption.Report(count, 0, 0, 0));
    }

    @Test
    void aKeyNoConfiguredKeyReadsIsCountedAlertedAndLeftAsItIs() {
        WalletTestKit kit = new WalletTestKit();
        store(kit.wallets, "m-readable", kit.encryptor);
        String lost = store(kit.wallets, "m-lost", new SecretEncryptor(randomKey(), null));

        WalletKeyReencryption.Report report = reencryptionUnder(kit, rotated).reencrypt("admin");

        assertThat(report).isEqualTo(new WalletKeyReencryption.Report(1, 0, 1, 1));
        assertThat(kit.wallets.find("m-lost").orElseThrow().keyCiphertext()).isEqualTo(lost);
        assertThat(kit.notifier.alerts())
                .singleElement()
                .satisfies(alert -> assertThat(alert.title()).isEqualTo("Wallet keys unreadable"));
    }

    @Test
    void aKeyStoredByARotationMeanwhileIsNeverOverwritten() {
        String rotatedKeyCiphertext = rotated.encrypt(Secret.of("key-from-refresh"), WalletKeys.context("m-2"));
        InMemoryWalletRepository wallets = new InMemoryWalletRepository() {
            @Override
            public synchronized List<WalletRecord> findKeysNotStartingWith(String prefix, String after, int limit) {
                List<WalletRecord> found = super.findKeysNotStartingWith(prefix, after, limit);
                if (!found.isEmpty() && changeState("m-2", WalletState.ACTIVE, WalletState.REFRESHING, NOW)) {
                    storeRefreshedKey("m-2", rotatedKeyCiphertext, "sha256:refreshed", NOW); // a refresh, meanwhile
                }
                return found;
            }
        };
        WalletTestKit kit = new WalletTestKit(wallets);
        store(wallets, "m-1", kit.encryptor);
        store(wallets, "m-2", kit.encryptor);

        WalletKeyReencryption.Report report = reencryptionUnder(kit, rotated).reencrypt("admin");

        assertThat(report).isEqualTo(new WalletKeyReencryption.Report(1, 1, 0, 0));
        assertThat(wallets.find("m-2").orElseThrow().keyCiphertext()).isEqualTo(rotatedKeyCiphertext);
    }

    @Test
    void withoutAPreviousKeyTheScheduledRunDoesNothing() {
        WalletTestKit kit = new WalletTestKit();
        store(kit.wallets, "m-1", new SecretEncryptor(randomKey(), null));

        reencryptionUnder(kit, kit.encryptor).scheduledRun();

        assertThat(kit.audits).isEmpty();
        assertThat(kit.notifier.alerts()).isEmpty();
    }

    /** Stores member's wallet with its key encrypted by {@code encryptor}; returns the ciphertext. */
    /** The re-encryption of the kit's wallets by a deployment whose encryption key is {@code rotated}. */
    private static WalletKeyReencryption reencryptionUnder(WalletTestKit kit, SecretEncryptor rotated) {
        return new WalletKeyReencryption(
                kit.wallets, new WalletKeys(rotated), rotated, kit.auditLog, kit.notifier, kit.unitOfWork);
    }

    private static String store(InMemoryWalletRepository wallets, String member, SecretEncryptor encryptor) {
        Secret walletKey = Secret.of(walletKeyOf(member));
        String ciphertext = encryptor.encrypt(walletKey, WalletKeys.context(member));
        wallets.claimCreation(member, NOW, NOW);
        wallets.saveWallet(
                member,
                "0x" + "%040x".formatted(member.hashCode() & 0xffffffffL),
                ciphertext,
                walletKey.fingerprint(),
                NOW);
        return ciphertext;
    }

    private static String walletKeyOf(String member) {
        return "wallet-key-of-" + member;
    }

    private static Secret randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Secret.of(Base64.getEncoder().encodeToString(key));
    }
}
