package com.aeghash.ledger.internal;

import static com.aeghash.ledger.LedgerFixtures.available;
import static com.aeghash.ledger.LedgerFixtures.credit;
import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.JournalEntry;
import com.aeghash.ledger.SystemAccount;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link LedgerRepository} implementation must do; run on memory, H2 and PostgreSQL. */
abstract class LedgerRepositoryContract {

    private static final Instant NOW = Instant.parse("2026-11-25T10:15:30.123456Z");
    private LedgerRepository repository;

    abstract LedgerRepository createRepository();

    @BeforeEach
    void setUp() {
        repository = createRepository();
    }

    @Test
    void createdAccountsAreFoundWithTheirIdsAndZeroBalances() {
        AccountRef alice = available("alice", Asset.POINT);
        AccountRef expense = AccountRef.system(SystemAccount.BONUS_EXPENSE, Asset.POINT);

        repository.createAccounts(List.of(alice, expense), NOW);
        repository.createAccounts(List.of(alice), NOW);
        Map<AccountRef, Long> ids =
                repository.findAccountIds(List.of(alice, expense, available("nobody", Asset.POINT)));

        assertThat(ids).containsOnlyKeys(alice, expense);
        assertThat(repository.memberBalances("alice"))
                .hasEntrySatisfying(alice, balance -> assertThat(balance).isEqualByComparingTo("0"));
    }

    @Test
    void entriesRoundTripWithLinesAndTime() {
        EntryRequest request = credit("ref-1", "bob", Asset.LTC, "0.123456789012345678");
        Map<AccountRef, Long> ids = accountsOf(request);

        Map<String, Long> written = write(request, ids);
        JournalEntry found = repository.findEntries(List.of("ref-1", "missing")).get("ref-1");

        assertThat(repository.findEntries(List.of("missing"))).isEmpty();
        assertThat(found.id()).isEqualTo(written.get("ref-1"));
        assertThat(found.createdAt().truncatedTo(ChronoUnit.MICROS)).isEqualTo(NOW.truncatedTo(ChronoUnit.MICROS));
        assertThat(found.lines()).hasSize(2);
        assertThat(found.lines()).anySatisfy(line -> {
            assertThat(line.account()).isEqualTo(available("bob", Asset.LTC));
            assertThat(line.amount()).isEqualByComparingTo("0.123456789012345678");
        });
    }

    @Test
    void balancesAreStoredAndReadPerMember() {
        EntryRequest request = credit("ref-2", "carol", Asset.DOGE, "7");
        Map<AccountRef, Long> ids = accountsOf(request);
        long carol = ids.get(available("carol", Asset.DOGE));

        write(request, ids);
        store(carol, "7");

        assertThat(repository.memberBalances("carol"))
                .hasSize(1)
                .hasEntrySatisfying(
                        AccountRef.member("carol", Asset.DOGE, Bucket.AVAILABLE),
                        balance -> assertThat(balance).isEqualByComparingTo("7"));
        assertThat(repository.checkInvariants(NOW).violations()).isEmpty();
    }

    @Test
    void oneBucketOfManyMembersIsReadWithPositiveBalancesOnlyLockedOrNot() {
        AccountRef owing = AccountRef.member("debtor-1", Asset.POINT, Bucket.BONUS_DEBT);
        AccountRef settled = AccountRef.member("debtor-2", Asset.POINT, Bucket.BONUS_DEBT);
        AccountRef otherBucket = available("debtor-3", Asset.POINT);
        repository.createAccounts(List.of(owing, settled, otherBucket), NOW);
        Map<AccountRef, Long> ids = repository.findAccountIds(List.of(owing, otherBucket));
        store(ids.get(owing), "12.5");
        store(ids.get(otherBucket), "4");
        List<String> members = List.of("debtor-1", "debtor-2", "debtor-3", "debtor-none");

        for (boolean lock : List.of(false, true)) {
            assertThat(repository.bucketBalances(Asset.POINT, Bucket.BONUS_DEBT, members, lock))
                    .as("lock %s", lock)
                    .containsOnlyKeys("debtor-1")
                    .hasEntrySatisfying("debtor-1", debt -> assertThat(debt).isEqualByComparingTo("12.5"));
        }
        assertThat(repository.bucketBalances(Asset.POINT, Bucket.AVAILABLE, members, false))
                .containsOnlyKeys("debtor-3");
    }

    @Test
    void invariantCheckReportsACachedBalanceThatDiffersFromPostings() {
        EntryRequest request = credit("ref-3", "dave", Asset.POINT, "2");
        Map<AccountRef, Long> ids = accountsOf(request);
        write(request, ids);
        store(ids.get(available("dave", Asset.POINT)), "3");

        assertThat(repository.checkInvariants(NOW).violations())
                .anySatisfy(violation -> assertThat(violation).contains("dave"));
    }

    @Test
    void membersHoldingPagesPositiveBalancesByMemberId() {
        for (String member : List.of("m3", "m1", "m2", "m4")) {
            EntryRequest request = credit("hp-" + member, member, Asset.HASHPOWER, "5");
            Map<AccountRef, Long> ids = accountsOf(request);
            write(request, ids);
            if (!member.equals("m4")) {
                store(ids.get(available(member, Asset.HASHPOWER)), "5");
            }
        }

        assertThat(repository.membersHolding(Asset.HASHPOWER, Bucket.AVAILABLE, null, 2))
                .extracting(holding -> holding.memberId())
                .containsExactly("m1", "m2");
        assertThat(repository.membersHolding(Asset.HASHPOWER, Bucket.AVAILABLE, "m2", 10))
                .extracting(holding -> holding.memberId())
                .containsExactly("m3");
    }

    @Test
    void takenReferenceIsNotInsertedAgain() {
        EntryRequest request = credit("ref-5", "erin", Asset.POINT, "1");
        Map<AccountRef, Long> ids = accountsOf(request);

        Map<String, Long> first = repository.insertEntriesIfAbsent(List.of(request), NOW);
        Map<String, Long> second =
                repository.insertEntriesIfAbsent(List.of(request, credit("ref-6", "erin", Asset.POINT, "1")), NOW);

        assertThat(first).containsOnlyKeys("ref-5");
        assertThat(second).containsOnlyKeys("ref-6");
        assertThat(ids).isNotEmpty();
    }

    @Test
    void lockedBalancesAreReadInIdOrderAndStoredBack() {
        EntryRequest request = credit("ref-7", "fred", Asset.POINT, "2");
        Map<AccountRef, Long> ids = accountsOf(request);
        long fred = ids.get(available("fred", Asset.POINT));
        store(fred, "2.5");

        Map<Long, LedgerRepository.AccountState> locked = repository.lockMemberAccounts(List.of(fred, 999_999_999L));

        assertThat(locked).containsOnlyKeys(fred);
        assertThat(locked.get(fred).balance()).isEqualByComparingTo("2.5");
        assertThat(locked.get(fred).postingCount()).isEqualTo(1);
        assertThat(locked.get(fred).updatedAt()).isEqualTo(NOW.truncatedTo(ChronoUnit.MICROS));
    }

    private Map<String, Long> write(EntryRequest request, Map<AccountRef, Long> ids) {
        Map<String, Long> inserted = repository.insertEntriesIfAbsent(List.of(request), NOW);
        long entryId = inserted.get(request.reference());
        repository.insertPostings(request.lines().stream()
                .map(line -> LedgerRepository.Posting.of(
                                entryId, ids.get(line.account()), line.account().asset(), line.amount())
                        .placed(
                                NOW,
                                line.account().isMember() ? 1L : null,
                                line.account().isMember() ? line.amount() : null))
                .toList());
        return inserted;
    }

    private void store(long accountId, String balance) {
        repository.storeAccounts(new TreeMap<>(Map.of(
                accountId,
                new LedgerRepository.AccountState(new BigDecimal(balance), 1, NOW.truncatedTo(ChronoUnit.MICROS)))));
    }

    private Map<AccountRef, Long> accountsOf(EntryRequest request) {
        List<AccountRef> accounts =
                request.lines().stream().map(line -> line.account()).toList();
        repository.createAccounts(accounts, NOW);
        return repository.findAccountIds(accounts);
    }
}
