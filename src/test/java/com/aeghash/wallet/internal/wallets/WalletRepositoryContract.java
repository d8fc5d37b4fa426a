package com.aeghash.wallet.internal.wallets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/** What every {@link WalletRepository} must do; run on memory, H2 and PostgreSQL. */
abstract class WalletRepositoryContract {

    private static final Instant NOW = Instant.parse("2026-11-25T10:15:30.123456Z");
    private static final String ADDRESS = "0x00000000000000000000000000000000000000a1";
    private WalletRepository repository;

    /** A new repository, empty. */
    abstract WalletRepository createRepository();

    @BeforeEach
    void setUp() {
        repository = createRepository();
    }

    @Test
    void aClaimedWalletIsSavedWithAddressKeyAndTimes() {
        assertThat(repository.claimCreation("alice", NOW, NOW.minusSeconds(60))).isTrue();
        assertThat(repository.find("alice"))
                .get()
                .extracting(WalletRecord::state)
                .isEqualTo(WalletState.CREATING);

        repository.saveWallet("alice", ADDRESS, "v1:key:cipher", "sha256:0011aabb", NOW.plusSeconds(1));

        WalletRecord wallet = repository.find("alice").orElseThrow();
        assertThat(wallet.state()).isEqualTo(WalletState.ACTIVE);
        assertThat(wallet.address()).isEqualTo(ADDRESS);
        assertThat(wallet.keyCiphertext()).isEqualTo("v1:key:cipher");
        assertThat(wallet.keyFingerprint()).isEqualTo("sha256:0011aabb");
        assertThat(wallet.createdAt().truncatedTo(ChronoUnit.MICROS))
                .isEqualTo(NOW.plusSeconds(1).truncatedTo(ChronoUnit.MICROS));
        assertThat(wallet.keyRefreshedAt()).isNull();
    }

    @Test
    void aSecondClaimFailsWhileTheFirstIsFreshAndWinsOnceItIsStale() {
        assertThat(repository.claimCreation("bob", NOW, NOW.minusSeconds(60))).isTrue();

        assertThat(repository.claimCreation("bob", NOW.plusSeconds(10), NOW.minusSeconds(50)))
                .isFalse();
        assertThat(repository.claimCreation("bob", NOW.plusSeconds(200), NOW.plusSeconds(140)))
                .isTrue();
    }

    @Test
    void anExistingWalletCannotBeClaimedAgain() {
        repository.claimCreation("carol", NOW, NOW);
        repository.saveWallet("carol", ADDRESS, "cipher", "sha256:01", NOW);

        assertThat(repository.claimCreation("carol", NOW.plusSeconds(999), NOW.plusSeconds(900)))
                .isFalse();
        assertThat(repository.find("carol"))
                .get()
                .extracting(WalletRecord::state)
                .isEqualTo(WalletState.ACTIVE);
    }

    @Test
    void anAbandonedClaimDisappearsButAnActiveWalletStays() {
        repository.claimCreation("dave", NOW, NOW);
        repository.abandonCreation("dave");
        assertThat(repository.find("dave")).isEmpty();

        repository.claimCreation("erin", NOW, NOW);
        repository.saveWallet("erin", ADDRESS, "cipher", "sha256:01", NOW);
        repository.abandonCreation("erin");
        assertThat(repository.find("erin")).isPresent();
    }

    @Test
    void anAddressBelongsToOneMemberOnly() {
        repository.claimCreation("frank", NOW, NOW);
        repository.saveWallet("frank", ADDRESS, "cipher", "sha256:01", NOW);
        repository.claimCreation("grace", NOW, NOW);

        assertThatThrownBy(() -> repository.saveWallet("grace", ADDRESS, "cipher", "sha256:02", NOW))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void savingWithoutAClaimIsRefused() {
        assertThatThrownBy(() -> repository.saveWallet("nobody", ADDRESS, "cipher", "sha256:01", NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void stateChangesOnlyFromTheExpectedState() {
        active("heidi");

        assertThat(repository.changeState("heidi", WalletState.REFRESHING, WalletState.ACTIVE, NOW))
                .isFalse();
        assertThat(repository.changeState("heidi", WalletState.ACTIVE, WalletState.REFRESHING, NOW.plusSeconds(5)))
                .isTrue();
        assertThat(repository.changeState("heidi", WalletState.ACTIVE, WalletState.REFRESHING, NOW))
                .isFalse();
        assertThat(repository.find("heidi").orElseThrow().state()).isEqualTo(WalletState.REFRESHING);
    }

    @Test
    void aMoveOutsideTheWalletLifecycleIsRefusedAndWritesNothing() {
        active("hank");

        assertThatThrownBy(() -> repository.changeState("hank", WalletState.ACTIVE, WalletState.KEY_LOST, NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThat(repository.find("hank").orElseThrow().state()).isEqualTo(WalletState.ACTIVE);
    }

    @Test
    void aRefreshedKeyIsStoredOnlyWhileRefreshing() {
        active("ivan");
        assertThat(repository.storeRefreshedKey("ivan", "new-cipher", "sha256:02", NOW))
                .isFalse();

        repository.changeState("ivan", WalletState.ACTIVE, WalletState.REFRESHING, NOW);
        assertThat(repository.storeRefreshedKey("ivan", "new-cipher", "sha256:02", NOW.plusSeconds(3)))
                .isTrue();

        WalletRecord wallet = repository.find("ivan").orElseThrow();
        assertThat(wallet.state()).isEqualTo(WalletState.ACTIVE);
        assertThat(wallet.keyCiphertext()).isEqualTo("new-cipher");
        assertThat(wallet.keyFingerprint()).isEqualTo("sha256:02");
        assertThat(wallet.keyRefreshedAt().truncatedTo(ChronoUnit.MICROS))
                .isEqualTo(NOW.plusSeconds(3).truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void walletsLongInAStateAreListedOldestFirst() {
        active("judy");
        active("kim");
        repository.changeState("kim", WalletState.ACTIVE, WalletState.REFRESHING, NOW.plusSeconds(1));
        repository.changeState("judy", WalletState.ACTIVE, WalletState.REFRESHING, NOW.plusSeconds(2));

        assertThat(repository.findInStateSince(WalletState.REFRESHING, NOW.plusSeconds(10), 10))
                .extracting(WalletRecord::memberId)
                .containsExactly("kim", "judy");
        assertThat(repository.findInStateSince(WalletState.REFRESHING, NOW.plusSeconds(2), 10))
                .extracting(WalletRecord::memberId)
                .containsExactly("kim");
        assertThat(repository.findInStateSince(WalletState.REFRESHING, NOW.plusSeconds(10), 1))
                .hasSize(1);
    }

    private void active(String memberId) {
        repository.claimCreation(memberId, NOW, NOW);
        repository.saveWallet(
                memberId,
                "0x" + String.format("%040x", memberId.hashCode() & 0xffffffffL),
                "cipher-" + memberId,
                "sha256:01",
                NOW);
    }

    @Test
    void keysUnderAnotherKeyAreFoundInMemberOrderAndReplacedOnlyIfUnchanged() {
        repository.claimCreation("ka", NOW, NOW);
        repository.saveWallet("ka", "0x00000000000000000000000000000000000000b1", "v1:old:a", "sha256:a", NOW);
        repository.claimCreation("kb", NOW, NOW);
        repository.saveWallet("kb", "0x00000000000000000000000000000000000000b2", "v1:new:b", "sha256:b", NOW);
        repository.claimCreation("kc", NOW, NOW);
        repository.saveWallet("kc", "0x00000000000000000000000000000000000000b3", "v1:old:c", "sha256:c", NOW);
        repository.claimCreation("kd", NOW, NOW); // being created: no key yet

        assertThat(repository.findKeysNotStartingWith("v1:new:", "", 10))
                .extracting(WalletRecord::memberId)
                .containsExactly("ka", "kc");
        assertThat(repository.findKeysNotStartingWith("v1:new:", "ka", 10))
                .extracting(WalletRecord::memberId)
                .containsExactly("kc");
        assertThat(repository.findKeysNotStartingWith("v1:new:", "", 1))
                .extracting(WalletRecord::memberId)
                .containsExactly("ka");
        assertThat(repository.countKeysNotStartingWith("v1:new:")).isEqualTo(2);
        assertThat(repository.countKeysNotStartingWith("v1:_ew:"))
                .as("LIKE wildcards in the prefix are literal")
                .isEqualTo(3);

        assertThat(repository.replaceKeyCiphertext("ka", "v1:old:a", "v1:new:a"))
                .isTrue();
        assertThat(repository.replaceKeyCiphertext("kc", "v1:old:stale", "v1:new:c"))
                .isFalse();

        assertThat(repository.find("ka").orElseThrow().keyCiphertext()).isEqualTo("v1:new:a");
        assertThat(repository.find("ka").orElseThrow().keyFingerprint()).isEqualTo("sha256:a");
        assertThat(repository.find("kc").orElseThrow().keyCiphertext()).isEqualTo("v1:old:c");
        assertThat(repository.countKeysNotStartingWith("v1:new:")).isEqualTo(1);
    }

    @Test
    void aStaleRotationIsClaimedOnceUntilItIsStaleAgain() {
        repository.claimCreation("rot", NOW, NOW);
        repository.saveWallet("rot", "0x00000000000000000000000000000000000000c1", "v1:k:c", "sha256:c", NOW);
        repository.changeState("rot", WalletState.ACTIVE, WalletState.REFRESHING, NOW);
        Instant later = NOW.plusSeconds(600);

        assertThat(repository.claimStaleRefresh("rot", NOW, later))
                .as("not stale yet")
                .isFalse();
        assertThat(repository.claimStaleRefresh("rot", NOW.plusSeconds(1), later))
                .isTrue();
        assertThat(repository.claimStaleRefresh("rot", NOW.plusSeconds(1), later))
                .as("claimed already")
                .isFalse();
        assertThat(repository.find("rot").orElseThrow().stateChangedAt().truncatedTo(ChronoUnit.MICROS))
                .isEqualTo(later.truncatedTo(ChronoUnit.MICROS));
        repository.changeState("rot", WalletState.REFRESHING, WalletState.ACTIVE, later);
        assertThat(repository.claimStaleRefresh("rot", later.plusSeconds(1), later.plusSeconds(2)))
                .as("not refreshing")
                .isFalse();
    }
}
