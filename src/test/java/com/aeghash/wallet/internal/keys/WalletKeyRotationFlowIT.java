package com.aeghash.wallet.internal.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withException;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import com.aeghash.common.ApiException;
import com.aeghash.common.Secret;
import com.aeghash.testsupport.TestSecrets;
import com.aeghash.wallet.TransferCommand;
import com.aeghash.wallet.WalletKeySource;
import com.aeghash.wallet.internal.WalletTestKit;
import com.aeghash.wallet.internal.wallets.InMemoryWalletRepository;
import com.aeghash.wallet.internal.wallets.WalletRecord;
import com.aeghash.wallet.internal.wallets.WalletState;
import java.math.BigDecimal;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;

/**
 * Wallet key rotation, including the failure the design is built around: MBlock rotated the key (the old
 * one is dead) but our database could not store the new one.
 */
class WalletKeyRotationFlowIT {

    private static final String ADDRESS = "0x00000000000000000000000000000000000000a1";
    private static final String OLD_KEY = "rotation-old-wallet-key-1a2b3c";
    private static final String NEW_KEY = "rotation-new-wallet-key-4d5e6f";
    private static final String TO = "0x00000000000000000000000000000000000000b2";

    @Test
    void aRefreshStoresTheNewKeyEncryptedAndAuditsBothFingerprints() {
        WalletTestKit kit = kitWithWallet(new InMemoryWalletRepository());
        kit.expectCall("refreshWallet")
                .andExpect(jsonPath("$.walletKey").value(OLD_KEY))
                .andRespond(
                        withSuccess("{\"result\":true,\"walletKey\":\"" + NEW_KEY + "\"}", MediaType.APPLICATION_JSON));

        var wallet = kit.service.refreshWalletKey("member-1", "admin");

        assertThat(wallet.keyRefreshedAt()).isEqualTo(kit.clock.instant());
        assertActiveWithKey(kit, NEW_KEY);
        assertThat(kit.audits).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("wallet.key_refreshed");
            assertThat(entry.details())
                    .containsEntry("previousKeyFingerprint", Secret.fingerprintOf(OLD_KEY))
                    .containsEntry("keyFingerprint", Secret.fingerprintOf(NEW_KEY));
        });
    }

    @Test
    void aNewKeyThatCannotBeStoredLocksTheWalletUntilTheJanitorFindsTheOldKeyDead() {
        WalletTestKit kit = kitWithWallet(new FailingStore(Integer.MAX_VALUE));
        kit.expect("refreshWallet", "{\"result\":true,\"walletKey\":\"" + NEW_KEY + "\"}");

        assertRefreshFailsLeavingItRefreshing(kit, "wallet_key_not_stored");
        assertThat(kit.alertsTitled("Wallet key rotated but not stored")).hasSize(1);
        assertThatThrownBy(() -> transfer(kit))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        problem -> assertThat(problem.code()).isEqualTo("wallet_key_refreshing"));

        kit.expectCall("refreshWallet")
                .andExpect(jsonPath("$.walletKey").value(OLD_KEY))
                .andRespond(withSuccess(
                        "{\"result\":false,\"message\":\"Invalid Wallet Key\"}", MediaType.APPLICATION_JSON));
        kit.clock.advance(Duration.ofMinutes(4));
        assertThat(kit.reconciler.reconcile().keyRotationsSettled()).isZero();
        kit.clock.advance(Duration.ofMinutes(2));
        assertThat(kit.reconciler.reconcile().keyRotationsSettled()).isEqualTo(1);

        kit.vendor.verify();
        assertThat(kit.wallets.find("member-1").orElseThrow().state()).isEqualTo(WalletState.KEY_LOST);
        assertThat(kit.alertsTitled("Wallet key lost"))
                .singleElement()
                .satisfies(alert -> assertThat(alert.fields())
                        .containsEntry("address", ADDRESS)
                        .doesNotContainValue(OLD_KEY)
                        .doesNotContainValue(NEW_KEY));
        assertThatThrownBy(() -> transfer(kit))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        problem -> assertThat(problem.code()).isEqualTo("wallet_key_lost"));
    }

    @Test
    void aStoreThatFailsTwiceSucceedsOnItsThirdAttempt() {
        WalletTestKit kit = kitWithWallet(new FailingStore(2));
        kit.expect("refreshWallet", "{\"result\":true,\"walletKey\":\"" + NEW_KEY + "\"}");

        kit.service.refreshWalletKey("member-1", "admin");

        WalletRecord stored = kit.wallets.find("member-1").orElseThrow();
        assertThat(stored.state()).isEqualTo(WalletState.ACTIVE);
        assertThat(stored.keyFingerprint()).isEqualTo(Secret.fingerprintOf(NEW_KEY));
    }

    @Test
    void aRefreshWithoutAnswerIsSettledByTheJanitorWhenTheOldKeyStillWorks() {
        WalletTestKit kit = kitWithWallet(new InMemoryWalletRepository());
        kit.expectCall("refreshWallet").andRespond(withException(new SocketTimeoutException("Read timed out")));

        assertRefreshFailsLeavingItRefreshing(kit, "mblock_outcome_unknown");

        kit.expectCall("refreshWallet")
                .andExpect(jsonPath("$.walletKey").value(OLD_KEY))
                .andRespond(
                        withSuccess("{\"result\":true,\"walletKey\":\"" + NEW_KEY + "\"}", MediaType.APPLICATION_JSON));
        kit.clock.advance(Duration.ofMinutes(6));
        assertThat(kit.reconciler.reconcile().keyRotationsSettled()).isEqualTo(1);

        assertActiveWithKey(kit, NEW_KEY);
        assertThat(kit.audits)
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("wallet.key_refresh_recovered"));
    }

    @Test
    void twoJanitorRunsAtOnceReSendAStaleRotationOnlyOnce() {
        WalletTestKit kit = kitWithWallet(new InMemoryWalletRepository());
        kit.expectCall("refreshWallet").andRespond(withException(new SocketTimeoutException("Read timed out")));
        assertThatThrownBy(() -> kit.service.refreshWalletKey("member-1", "admin"))
                .isInstanceOf(ApiException.class);
        kit.callsDone();
        kit.clock.advance(Duration.ofMinutes(6));
        AtomicInteger overlapping = new AtomicInteger(-1);
        kit.expectCall("refreshWallet").andRespond(request -> {
            // A second run (POST /api/v1/wallet-janitor/runs) while this one waits for MBlock's answer. Had it
            // re-sent, MBlock would reject the old key and the wallet would be marked KEY_LOST.
            overlapping.set(kit.reconciler.reconcile().keyRotationsSettled());
            return withSuccess("{\"result\":true,\"walletKey\":\"" + NEW_KEY + "\"}", MediaType.APPLICATION_JSON)
                    .createResponse(request);
        });

        int settled = kit.reconciler.reconcile().keyRotationsSettled();

        assertThat(overlapping).hasValue(0);
        assertThat(settled).isEqualTo(1);
        kit.callsDone();
        assertActiveWithKey(kit, NEW_KEY);
    }

    @Test
    void aRefreshRefusedByMBlockKeepsTheOldKey() {
        WalletTestKit kit = kitWithWallet(new InMemoryWalletRepository());
        kit.expect("refreshWallet", "{\"result\":false,\"message\":\"No API Permission\"}");

        assertThatThrownBy(() -> kit.service.refreshWalletKey("member-1", "admin"))
                .isInstanceOf(ApiException.class);

        assertActiveWithKey(kit, OLD_KEY);
    }

    private static WalletTestKit kitWithWallet(InMemoryWalletRepository repository) {
        TestSecrets.register(NEW_KEY);
        WalletTestKit kit = new WalletTestKit(repository);
        kit.walletFor("member-1", ADDRESS, OLD_KEY);
        return kit;
    }

    /** The refresh fails with the problem {@code code}, every expected call made, and the wallet stays REFRESHING. */
    private static void assertRefreshFailsLeavingItRefreshing(WalletTestKit kit, String code) {
        assertThatThrownBy(() -> kit.service.refreshWalletKey("member-1", "admin"))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        problem -> assertThat(problem.code()).isEqualTo(code));
        kit.callsDone();
        assertThat(kit.wallets.find("member-1").orElseThrow().state()).isEqualTo(WalletState.REFRESHING);
    }

    /** The wallet is ACTIVE and its stored ciphertext decrypts to {@code key}. */
    private static void assertActiveWithKey(WalletTestKit kit, String key) {
        WalletRecord stored = kit.wallets.find("member-1").orElseThrow();
        assertThat(stored.state()).isEqualTo(WalletState.ACTIVE);
        assertThat(kit.encryptor
                        .decrypt(stored.keyCiphertext(), "wallet:member-1")
                        .reveal())
                .isEqualTo(key);
    }

    private static void transfer(WalletTestKit kit) {
        kit.service.transferFrom(new TransferCommand(
                "ref-" + kit.clock.instant().toEpochMilli(),
                WalletKeySource.member("member-1"),
                TO,
                BigDecimal.ONE,
                null,
                "member-app-test"));
    }

    /** Stores of a rotated key fail {@code failures} times, as a database outage would. */
    private static final class FailingStore extends InMemoryWalletRepository {
        private final AtomicInteger failuresLeft;

        FailingStore(int failures) {
            this.failuresLeft = new AtomicInteger(failures);
        }

        @Override
        public synchronized boolean storeRefreshedKey(
                String memberId, String keyCiphertext, String keyFingerprint, Instant now) {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new DataAccessResourceFailureException("database unavailable");
            }
            return super.storeRefreshedKey(memberId, keyCiphertext, keyFingerprint, now);
        }
    }
}
