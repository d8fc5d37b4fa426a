package com.aeghash.wallet.internal.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.audit.internal.InMemoryAuditLog;
import com.aeghash.common.ApiException;
import com.aeghash.testsupport.InMemoryTransactions;
import com.aeghash.wallet.WalletTransactionKind;
import com.aeghash.wallet.WalletTransactionStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Phase 1 when another request records the same reference between our look-up and our insert. */
class TransactionIntentsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final String TO = "0x00000000000000000000000000000000000000b2";

    private final RacingRepository repository = new RacingRepository();
    private final TransactionIntents intents = new TransactionIntents(
            repository, new InMemoryAuditLog(Clock.systemUTC()), InMemoryTransactions.unitOfWork());

    @Test
    void aSameRequestRecordedByARacerIsReplayedNotSentAgain() {
        TransactionRecord racer = transfer("ref-1", "5");
        repository.recordBeforeTheNextLookUp(racer);

        TransactionIntents.Logged logged = intents.log(transfer("ref-1", "5"));

        assertThat(logged.replayed()).isTrue();
        assertThat(logged.record().id())
                .isEqualTo(repository.findByReference("ref-1").orElseThrow().id());
    }

    @Test
    void aDifferentRequestRecordedByARacerIsAConflict() {
        repository.recordBeforeTheNextLookUp(transfer("ref-2", "5"));

        assertThatThrownBy(() -> intents.log(transfer("ref-2", "6")))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        conflict -> assertThat(conflict.code()).isEqualTo("reference_conflict"));
    }

    @Test
    void aFenceRacingWithAnIntentKeepsWhateverWasRecordedFirst() {
        repository.recordBeforeTheNextLookUp(transfer("ref-3", "5"));
        TransactionRecord neverSent = transfer("ref-3", "5").moveTo(WalletTransactionStatus.FAILED, NOW, draft -> {});

        TransactionRecord fenced = intents.fence(neverSent);

        assertThat(fenced.status()).isEqualTo(WalletTransactionStatus.SUBMITTING);
    }

    private static TransactionRecord transfer(String reference, String amount) {
        return TransactionRecord.submitting(
                reference,
                WalletTransactionKind.TRANSFER,
                "member-1",
                "member:member-1",
                "member-app-test",
                "0x00000000000000000000000000000000000000a1",
                TO,
                null,
                new BigDecimal(amount),
                NOW);
    }

    /** Lets another request record a row just after our look-up found none (then our insert collides). */
    private static final class RacingRepository extends InMemoryWalletTransactionRepository {

        private TransactionRecord racer;

        void recordBeforeTheNextLookUp(TransactionRecord row) {
            racer = row;
        }

        @Override
        public synchronized Optional<TransactionRecord> findByReference(String reference) {
            if (racer == null) {
                return super.findByReference(reference);
            }
            TransactionRecord row = racer;
            racer = null;
            super.logTransaction(row);
            return Optional.empty();
        }
    }
}
