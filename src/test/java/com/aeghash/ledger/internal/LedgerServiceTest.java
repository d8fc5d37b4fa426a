package com.aeghash.ledger.internal;

import static com.aeghash.ledger.LedgerFixtures.available;
import static com.aeghash.ledger.LedgerFixtures.credit;
import static com.aeghash.ledger.LedgerFixtures.hold;
import static com.aeghash.ledger.LedgerFixtures.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.InsufficientBalanceException;
import com.aeghash.ledger.JournalEntry;
import com.aeghash.ledger.ReferenceConflictException;
import com.aeghash.ledger.SystemAccount;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger's rules, on the in-memory repository (no Spring, no database). */
class LedgerServiceTest {

    private final LedgerService ledger = new LedgerService(new InMemoryLedgerRepository(), Clock.systemUTC());

    @Test
    void creditShowsInAvailableBalanceAndKeepsInvariants() {
        ledger.post(credit("c-1", "alice", Asset.POINT, "10.5"));

        assertThat(ledger.balancesOf("alice").of(Asset.POINT).available()).isEqualByComparingTo("10.5");
        assertThat(ledger.balancesOf("alice").of(Asset.LTC).available()).isEqualByComparingTo("0");
        assertThat(ledger.checkInvariants().healthy()).isTrue();
    }

    @Test
    void unbalancedEntryIsRefused() {
        EntryRequest unbalanced = EntryRequest.builder("u-1", "bad")
                .add(available("alice", Asset.POINT), new BigDecimal("5"))
                .add(AccountRef.system(SystemAccount.BONUS_EXPENSE, Asset.POINT), new BigDecimal("-4"))
                .build();

        assertThatThrownBy(() -> ledger.post(unbalanced))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not balanced");
        assertThat(ledger.balancesOf("alice").of(Asset.POINT).available()).isEqualByComparingTo("0");
    }

    @Test
    void entryBalancedInTotalButNotPerAssetIsRefused() {
        EntryRequest crossAsset = EntryRequest.builder("x-1", "bad")
                .add(available("alice", Asset.POINT), new BigDecimal("5"))
                .add(AccountRef.system(SystemAccount.BONUS_EXPENSE, Asset.LTC), new BigDecimal("-5"))
                .build();

        assertThatThrownBy(() -> ledger.post(crossAsset)).hasMessageContaining("not balanced in");
    }

    @Test
    void zeroLinesAndOversizedAmountsAreRefused() {
        EntryRequest zero = EntryRequest.builder("z-1", "bad")
                .add(available("alice", Asset.POINT), BigDecimal.ZERO)
                .add(AccountRef.system(SystemAccount.BONUS_EXPENSE, Asset.POINT), BigDecimal.ZERO)
                .build();
        assertThatThrownBy(() -> ledger.post(zero)).hasMessageContaining("zero line");
        assertThatThrownBy(() -> ledger.post(credit("z-2", "alice", Asset.POINT, "0.0000000000000000001")))
                .hasMessageContaining("NUMERIC(38,18)");
    }

    @Test
    void samePostingTwiceIsANoOpReturningTheFirstEntry() {
        JournalEntry first = ledger.post(credit("c-2", "bob", Asset.LTC, "1"));
        JournalEntry second = ledger.post(credit("c-2", "bob", Asset.LTC, "1.000"));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.replayed()).isTrue();
        assertThat(first.replayed()).isFalse();
        assertThat(ledger.balancesOf("bob").of(Asset.LTC).available()).isEqualByComparingTo("1");
    }

    @Test
    void sameReferenceWithDifferentLinesIsAConflict() {
        ledger.post(credit("c-3", "bob", Asset.LTC, "1"));

        assertThatThrownBy(() -> ledger.post(credit("c-3", "bob", Asset.LTC, "2")))
                .isInstanceOf(ReferenceConflictException.class);
        assertThat(ledger.balancesOf("bob").of(Asset.LTC).available()).isEqualByComparingTo("1");
    }

    @Test
    void overdraftFailsWithInsufficientBalanceAndWritesNothing() {
        ledger.post(credit("c-4", "carol", Asset.POINT, "3"));

        assertThatThrownBy(() -> ledger.post(transfer("t-1", "carol", "dave", Asset.POINT, "3.00000001")))
                .isInstanceOf(InsufficientBalanceException.class)
                .hasMessageContaining("insufficient POINT balance");
        assertThat(ledger.balancesOf("carol").of(Asset.POINT).available()).isEqualByComparingTo("3");
        assertThat(ledger.balancesOf("dave").of(Asset.POINT).available()).isEqualByComparingTo("0");
        assertThat(ledger.checkInvariants().healthy()).isTrue();
    }

    @Test
    void holdCannotGoBelowZero() {
        EntryRequest releaseTooMuch = EntryRequest.builder("h-1", "release")
                .move(hold("erin", Asset.DOGE), available("erin", Asset.DOGE), BigDecimal.ONE)
                .build();

        assertThatThrownBy(() -> ledger.post(releaseTooMuch)).isInstanceOf(InsufficientBalanceException.class);
    }

    @Test
    void batchIsAllOrNothing() {
        ledger.post(credit("c-5", "fay", Asset.POINT, "1"));
        List<EntryRequest> batch =
                List.of(credit("b-1", "gus", Asset.POINT, "5"), transfer("b-2", "fay", "gus", Asset.POINT, "2"));

        assertThatThrownBy(() -> ledger.postAll(batch)).isInstanceOf(InsufficientBalanceException.class);
        assertThat(ledger.balancesOf("gus").of(Asset.POINT).available()).isEqualByComparingTo("0");
    }

    @Test
    void batchAppliesEntriesInOrderAndReplaysKnownOnes() {
        ledger.post(credit("c-6", "hal", Asset.POINT, "1"));

        List<JournalEntry> results = ledger.postAll(List.of(
                credit("c-6", "hal", Asset.POINT, "1"),
                credit("c-7", "hal", Asset.POINT, "4"),
                transfer("c-8", "hal", "ivy", Asset.POINT, "5")));

        assertThat(results).extracting(JournalEntry::replayed).containsExactly(true, false, false);
        assertThat(ledger.balancesOf("hal").of(Asset.POINT).available()).isEqualByComparingTo("0");
        assertThat(ledger.balancesOf("ivy").of(Asset.POINT).available()).isEqualByComparingTo("5");
    }

    @Test
    void duplicateReferencesInsideOneBatchAreRefused() {
        assertThatThrownBy(() -> ledger.postAll(
                        List.of(credit("d-1", "jo", Asset.POINT, "1"), credit("d-1", "jo", Asset.POINT, "1"))))
                .hasMessageContaining("appears twice");
    }
}
