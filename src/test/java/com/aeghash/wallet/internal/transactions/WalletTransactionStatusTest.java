package com.aeghash.wallet.internal.transactions;

import static com.aeghash.wallet.WalletTransactionKind.TRANSFER;
import static com.aeghash.wallet.WalletTransactionKind.TRANSIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.wallet.WalletTransactionKind;
import com.aeghash.wallet.WalletTransactionStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The lifecycle table of wallet transactions, checked for every (kind, from, to) triple. */
class WalletTransactionStatusTest {

    /** The allowed transitions, written out independently of the enum's own table. */
    private static final Set<String> ALLOWED = Set.of(
            "TRANSFER SUBMITTING->SUBMITTED",
            "TRANSFER SUBMITTING->FAILED",
            "TRANSFER SUBMITTING->UNKNOWN",
            "TRANSFER UNKNOWN->SUBMITTED",
            "TRANSFER UNKNOWN->FAILED",
            "TRANSIT SUBMITTING->PENDING_TRANSIT",
            "TRANSIT SUBMITTING->CONFIRMED",
            "TRANSIT SUBMITTING->FAILED",
            "TRANSIT SUBMITTING->UNKNOWN",
            "TRANSIT PENDING_TRANSIT->CONFIRMED",
            "TRANSIT PENDING_TRANSIT->FAILED",
            "TRANSIT PENDING_TRANSIT->UNKNOWN",
            "TRANSIT UNKNOWN->CONFIRMED",
            "TRANSIT UNKNOWN->FAILED");

    static Stream<Arguments> everyTransition() {
        List<Arguments> all = new ArrayList<>();
        for (WalletTransactionKind kind : WalletTransactionKind.values()) {
            for (WalletTransactionStatus from : WalletTransactionStatus.values()) {
                for (WalletTransactionStatus to : WalletTransactionStatus.values()) {
                    all.add(Arguments.of(kind, from, to, ALLOWED.contains(kind + " " + from + "->" + to)));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} -> {2} allowed: {3}")
    @MethodSource("everyTransition")
    void transitionIsAllowedExactlyWhenTheTableSaysSo(
            WalletTransactionKind kind, WalletTransactionStatus from, WalletTransactionStatus to, boolean allowed) {
        assertThat(from.canMoveTo(kind, to)).isEqualTo(allowed);
        if (allowed) {
            assertThat(from.moveTo(kind, to)).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> from.moveTo(kind, to)).isInstanceOf(IllegalStateException.class);
        }
    }

    @ParameterizedTest(name = "{0} {1} -> {2} allowed: {3}")
    @MethodSource("everyTransition")
    void recordsRefuseEveryTransitionOutsideTheTable(
            WalletTransactionKind kind, WalletTransactionStatus from, WalletTransactionStatus to, boolean allowed) {
        if (!from.belongsTo(kind)) {
            assertThatThrownBy(() -> record(kind, from)).isInstanceOf(IllegalStateException.class);
            return;
        }
        TransactionRecord row = record(kind, from);
        if (allowed) {
            assertThat(row.moveTo(to, Instant.EPOCH, draft -> {}).status()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> row.moveTo(to, Instant.EPOCH, draft -> {}))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void settledStatusesAreFinalAndLeadNowhere(WalletTransactionKind kind) {
        for (WalletTransactionStatus status : WalletTransactionStatus.values()) {
            boolean leadsSomewhere =
                    Stream.of(WalletTransactionStatus.values()).anyMatch(to -> status.canMoveTo(kind, to));
            if (status.isFinal()) {
                assertThat(leadsSomewhere).as(kind + " " + status).isFalse();
            }
        }
        assertThat(WalletTransactionStatus.SUBMITTED.belongsTo(TRANSIT)).isFalse();
        assertThat(WalletTransactionStatus.PENDING_TRANSIT.belongsTo(TRANSFER)).isFalse();
        assertThat(WalletTransactionStatus.CONFIRMED.belongsTo(TRANSFER)).isFalse();
    }

    static Stream<WalletTransactionKind> kinds() {
        return Stream.of(WalletTransactionKind.values());
    }

    private static TransactionRecord record(WalletTransactionKind kind, WalletTransactionStatus status) {
        return new TransactionRecord(
                1L,
                "ref",
                kind,
                status,
                "m",
                "member:m",
                "member-app-test",
                null,
                "0x00000000000000000000000000000000000000b2",
                null,
                BigDecimal.ONE,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                0,
                0,
                null,
                null,
                null,
                null,
                null,
                null,
                Instant.EPOCH,
                Instant.EPOCH,
                0);
    }
}
