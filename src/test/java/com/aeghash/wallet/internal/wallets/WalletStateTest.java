package com.aeghash.wallet.internal.wallets;

import static com.aeghash.testsupport.LifecycleAssertions.assertMove;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The lifecycle table of a member's wallet, checked for every (from, to) pair. */
class WalletStateTest {

    /** The allowed moves, written out independently of the enum's own table. */
    private static final Set<String> ALLOWED =
            Set.of("CREATING->ACTIVE", "ACTIVE->REFRESHING", "REFRESHING->ACTIVE", "REFRESHING->KEY_LOST");

    static Stream<Arguments> everyMove() {
        List<Arguments> all = new ArrayList<>();
        for (WalletState from : WalletState.values()) {
            for (WalletState to : WalletState.values()) {
                all.add(Arguments.of(from, to, ALLOWED.contains(from + "->" + to)));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyMove")
    void aMoveIsAllowedExactlyWhenTheTableSaysSo(WalletState from, WalletState to, boolean allowed) {
        assertMove(from, to, allowed, WalletState::canMoveTo, WalletState::moveTo, "wallet");
    }

    @Test
    void onlyALostKeyIsFinal() {
        assertThat(Stream.of(WalletState.values()).filter(WalletState::isFinal)).containsExactly(WalletState.KEY_LOST);
    }
}
