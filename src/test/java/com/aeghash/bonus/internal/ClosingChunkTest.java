package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.aeghash.bonus.BonusesClosed;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.PostingLine;
import com.aeghash.ledger.SystemAccount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure decisions of a closing chunk: which entries move where, aggregated per member. */
class ClosingChunkTest {

    @Test
    void confirmedAndCancelledSumsAreAggregatedPerMember() {
        ClosingChunk chunk = ClosingChunk.of(List.of(
                new ClosableEntry(1, "alice", new BigDecimal("30"), false),
                new ClosableEntry(2, "alice", new BigDecimal("1"), true),
                new ClosableEntry(7, "alice", new BigDecimal("5"), false),
                new ClosableEntry(3, "bob", new BigDecimal("2.5"), true)));

        List<EntryRequest> entries = chunk.ledgerEntries(9, 4);

        assertThat(chunk.confirmedIds()).containsExactly(1L, 7L);
        assertThat(chunk.cancelledIds()).containsExactly(2L, 3L);
        assertThat(chunk.confirmedAmount()).isEqualByComparingTo("35");
        assertThat(chunk.cancelledAmount()).isEqualByComparingTo("3.5");
        assertThat(chunk.lastBeneficiaryMemberId()).isEqualTo("bob");
        assertThat(chunk.lastEntryId()).isEqualTo(3);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.reference()).isEqualTo("bonus-closing:9:4:1");
            assertThat(amountOf(entry, AccountRef.member("alice", Asset.POINT, Bucket.PENDING)))
                    .isEqualByComparingTo("-36");
            assertThat(amountOf(entry, AccountRef.member("alice", Asset.POINT, Bucket.AVAILABLE)))
                    .isEqualByComparingTo("35");
            assertThat(amountOf(entry, AccountRef.member("bob", Asset.POINT, Bucket.PENDING)))
                    .isEqualByComparingTo("-2.5");
            assertThat(amountOf(entry, AccountRef.system(SystemAccount.BONUS_EXPENSE, Asset.POINT)))
                    .isEqualByComparingTo("3.5");
            assertThat(entry.lines()).hasSize(4);
        });
        assertThat(chunk.memberSums())
                .extracting(
                        BonusesClosed.MemberBonuses::memberId,
                        sums -> sums.confirmed().toPlainString(),
                        sums -> sums.clawedBack().toPlainString())
                .containsExactly(tuple("alice", "35", "1"), tuple("bob", "0", "2.5"));
    }

    @Test
    void largeChunksAreSplitIntoLedgerEntriesOfAtMostTwoThousandMembers() {
        List<ClosableEntry> entries = new ArrayList<>();
        for (int member = 0; member < 4001; member++) {
            entries.add(new ClosableEntry(member + 1, String.format("m%05d", member), BigDecimal.ONE, false));
        }

        List<EntryRequest> ledgerEntries = ClosingChunk.of(entries).ledgerEntries(1, 1);

        assertThat(ledgerEntries)
                .extracting(EntryRequest::reference)
                .containsExactly("bonus-closing:1:1:1", "bonus-closing:1:1:2", "bonus-closing:1:1:3");
        assertThat(ledgerEntries).extracting(entry -> entry.lines().size()).containsExactly(4000, 4000, 2);
    }

    private static BigDecimal amountOf(EntryRequest entry, AccountRef account) {
        return entry.lines().stream()
                .filter(line -> line.account().equals(account))
                .map(PostingLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
