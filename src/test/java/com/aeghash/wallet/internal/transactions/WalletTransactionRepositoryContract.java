package com.aeghash.wallet.internal.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.wallet.FailureReason;
import com.aeghash.wallet.WalletTransactionKind;
import com.aeghash.wallet.WalletTransactionStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/** What every {@link WalletTransactionRepository} must do; run on memory, H2 and PostgreSQL. */
abstract class WalletTransactionRepositoryContract {

    static final Instant NOW = Instant.parse("2026-11-25T10:15:30.123456Z");
    private static final String FROM = "0x00000000000000000000000000000000000000a1";
    private static final String TO = "0x00000000000000000000000000000000000000b2";
    private static final String CONTRACT = "0x55d398326f99059ff775485246999027b3197955";
    private WalletTransactionRepository repository;

    /** A new repository, empty. */
    abstract WalletTransactionRepository createRepository();

    @BeforeEach
    void setUp() {
        repository = createRepository();
    }

    @Test
    void aLoggedTransferIsReadBackFieldByField() {
        TransactionRecord logged = repository.logTransaction(transfer("ref-1", "alice", "0.123456789012345678"));

        TransactionRecord found = repository.find(logged.id()).orElseThrow();

        assertThat(found.id()).isEqualTo(logged.id());
        assertThat(found.reference()).isEqualTo("ref-1");
        assertThat(found.kind()).isEqualTo(WalletTransactionKind.TRANSFER);
        assertThat(found.status()).isEqualTo(WalletTransactionStatus.SUBMITTING);
        assertThat(found.memberId()).isEqualTo("alice");
        assertThat(found.sourceLabel()).isEqualTo("member:alice");
        assertThat(found.fromAddress()).isEqualTo(FROM);
        assertThat(found.toAddress()).isEqualTo(TO);
        assertThat(found.contract()).isEqualTo(CONTRACT);
        assertThat(found.amount()).isEqualByComparingTo("0.123456789012345678");
        assertThat(found.txid()).isNull();
        assertThat(found.failureReason()).isNull();
        assertThat(found.nextCheckAt()).isNull();
        assertThat(found.createdAt().truncatedTo(ChronoUnit.MICROS)).isEqualTo(NOW);
        assertThat(found.version()).isZero();
        assertThat(repository.findByReference("ref-1"))
                .get()
                .extracting(TransactionRecord::id)
                .isEqualTo(logged.id());
        assertThat(repository.findForUpdate(logged.id())).isPresent();
        assertThat(repository.find(logged.id() + 1000)).isEmpty();
    }

    @Test
    void aTransitOfTheWholeBalanceHasNoAmount() {
        TransactionRecord transit = TransactionRecord.submitting(
                "ref-transit",
                WalletTransactionKind.TRANSIT,
                "bob",
                "member:bob",
                "member-app-test",
                FROM,
                TO,
                CONTRACT,
                null,
                NOW);

        TransactionRecord found =
                repository.find(repository.logTransaction(transit).id()).orElseThrow();

        assertThat(found.kind()).isEqualTo(WalletTransactionKind.TRANSIT);
        assertThat(found.amount()).isNull();
    }

    @Test
    void aReferenceIsLoggedOnce() {
        repository.logTransaction(transfer("ref-twice", "carol", "1"));

        assertThatThrownBy(() -> repository.logTransaction(transfer("ref-twice", "carol", "1")))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void everyChangedFieldIsStoredAndTheVersionMovesOn() {
        TransactionRecord logged = repository.logTransaction(transfer("ref-update", "dave", "5"));
        Instant later = NOW.plusSeconds(30);
        TransactionRecord unknown = logged.moveTo(WalletTransactionStatus.UNKNOWN, later, draft -> {
            draft.txid = "0x" + "ab".repeat(32);
            draft.failureMessage = "outcome unknown";
            draft.sendAttempts = 2;
            draft.checkCount = 1;
            draft.nextCheckAt = later.plusSeconds(300);
            draft.checkNote = "no receipt yet";
        });

        TransactionRecord stored = repository.update(unknown).orElseThrow();
        TransactionRecord found = repository.find(logged.id()).orElseThrow();

        assertThat(stored.version()).isEqualTo(1);
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.status()).isEqualTo(WalletTransactionStatus.UNKNOWN);
        assertThat(found.txid()).isEqualTo("0x" + "ab".repeat(32));
        assertThat(found.failureMessage()).isEqualTo("outcome unknown");
        assertThat(found.sendAttempts()).isEqualTo(2);
        assertThat(found.checkCount()).isEqualTo(1);
        assertThat(found.nextCheckAt().truncatedTo(ChronoUnit.MICROS)).isEqualTo(later.plusSeconds(300));
        assertThat(found.checkNote()).isEqualTo("no receipt yet");
        assertThat(found.updatedAt().truncatedTo(ChronoUnit.MICROS)).isEqualTo(later);

        TransactionRecord failed = found.moveTo(WalletTransactionStatus.FAILED, later, draft -> {
            draft.failureReason = FailureReason.OPERATOR_DECISION;
            draft.resolvedBy = "ops-1";
            draft.resolutionNote = "not on chain";
            draft.nextCheckAt = null;
        });
        TransactionRecord settled = repository.update(failed).orElseThrow();
        assertThat(settled.version()).isEqualTo(2);
        TransactionRecord reread = repository.find(logged.id()).orElseThrow();
        assertThat(reread.failureReason()).isEqualTo(FailureReason.OPERATOR_DECISION);
        assertThat(reread.resolvedBy()).isEqualTo("ops-1");
        assertThat(reread.resolutionNote()).isEqualTo("not on chain");
        assertThat(reread.nextCheckAt()).isNull();
    }

    @Test
    void aTxidIsHeldByAnotherTransactionWhateverItsCase() {
        TransactionRecord sent = repository.logTransaction(transfer("ref-held", "gina", "3"));
        TransactionRecord lost = repository.logTransaction(transfer("ref-lost", "gina", "3"));
        String txid = "0x" + "Cd".repeat(32);
        repository.update(sent.moveTo(WalletTransactionStatus.SUBMITTED, NOW, draft -> draft.txid = txid));

        assertThat(repository.txidHeldByAnother(txid.toLowerCase(java.util.Locale.ROOT), lost.id()))
                .isTrue();
        assertThat(repository.txidHeldByAnother(txid, sent.id())).isFalse();
        assertThat(repository.txidHeldByAnother("0x" + "ef".repeat(32), lost.id()))
                .isFalse();
    }

    @Test
    void anUpdateFromAStaleVersionChangesNothing() {
        TransactionRecord logged = repository.logTransaction(transfer("ref-stale", "erin", "5"));
        repository
                .update(logged.moveTo(WalletTransactionStatus.SUBMITTED, NOW, draft -> draft.txid = "0x01"))
                .orElseThrow();

        var lost = repository.update(logged.moveTo(
                WalletTransactionStatus.FAILED, NOW, draft -> draft.failureReason = FailureReason.VENDOR_REJECTED));

        assertThat(lost).isEmpty();
        assertThat(repository.find(logged.id()).orElseThrow().status()).isEqualTo(WalletTransactionStatus.SUBMITTED);
    }

    @Test
    void aMembersTransactionsAreListedNewestFirst() {
        TransactionRecord first = repository.logTransaction(transfer("ref-f1", "frank", "1"));
        TransactionRecord second = repository.logTransaction(transfer("ref-f2", "frank", "2"));
        repository.logTransaction(transfer("ref-g1", "grace", "3"));

        assertThat(repository.findByMember("frank", 10))
                .extracting(TransactionRecord::id)
                .containsExactly(second.id(), first.id());
        assertThat(repository.findByMember("frank", 1))
                .extracting(TransactionRecord::id)
                .containsExactly(second.id());
        assertThat(repository.findByMemberBefore("frank", second.id(), 10))
                .extracting(TransactionRecord::id)
                .containsExactly(first.id());
    }

    @Test
    void theJanitorFindsDueChecksStaleIntentsAndOverdueTransits() {
        TransactionRecord due = unknownAt(repository.logTransaction(transfer("ref-due", "heidi", "1")), NOW);
        unknownAt(repository.logTransaction(transfer("ref-later", "heidi", "1")), NOW.plusSeconds(3600));
        TransactionRecord stale = repository.logTransaction(transfer("ref-stale-intent", "heidi", "1"));
        TransactionRecord transit = repository.logTransaction(TransactionRecord.submitting(
                "ref-transit-due",
                WalletTransactionKind.TRANSIT,
                "heidi",
                "member:heidi",
                "member-app-test",
                FROM,
                TO,
                CONTRACT,
                null,
                NOW));
        repository
                .update(transit.moveTo(WalletTransactionStatus.PENDING_TRANSIT, NOW, draft -> {
                    draft.vendorToken = "TR-1";
                    draft.deadlineAt = NOW.plusSeconds(60);
                }))
                .orElseThrow();

        assertThat(repository.findChecksDue(NOW.plusSeconds(1), 10))
                .extracting(TransactionRecord::id)
                .containsExactly(due.id());
        assertThat(repository.findStaleSubmitting(NOW.plusSeconds(1), 10))
                .extracting(TransactionRecord::id)
                .containsExactly(stale.id());
        assertThat(repository.findStaleSubmitting(NOW, 10)).isEmpty();
        assertThat(repository.findOverdueTransits(NOW.plusSeconds(59), 10)).isEmpty();
        assertThat(repository.findOverdueTransits(NOW.plusSeconds(60), 10))
                .extracting(TransactionRecord::id)
                .containsExactly(transit.id());
        assertThat(repository.findByStatus(WalletTransactionStatus.UNKNOWN, 10)).hasSize(2);
        assertThat(repository.findByStatus(WalletTransactionStatus.UNKNOWN, 1))
                .extracting(TransactionRecord::id)
                .containsExactly(due.id());
        assertThat(repository.findByStatusAfter(WalletTransactionStatus.UNKNOWN, due.id(), 10))
                .extracting(TransactionRecord::id)
                .doesNotContain(due.id())
                .hasSize(1);
    }

    private TransactionRecord unknownAt(TransactionRecord row, Instant nextCheckAt) {
        return repository
                .update(row.moveTo(WalletTransactionStatus.UNKNOWN, NOW, draft -> {
                    draft.nextCheckAt = nextCheckAt;
                }))
                .orElseThrow();
    }

    static TransactionRecord transfer(String reference, String memberId, String amount) {
        return TransactionRecord.submitting(
                reference,
                WalletTransactionKind.TRANSFER,
                memberId,
                "member:" + memberId,
                "member-app-test",
                FROM,
                TO,
                CONTRACT,
                new BigDecimal(amount),
                NOW);
    }
}
