package com.aeghash.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.notification.Alert;
import com.aeghash.notification.RecordedAlert;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AlertRepository} must do; run on memory, H2 and PostgreSQL. */
abstract class AlertRepositoryContract {

    private static final Instant RAISED = Instant.parse("2026-11-25T08:00:00Z");
    private AlertRepository repository;

    abstract AlertRepository createRepository();

    @BeforeEach
    void setUp() {
        repository = createRepository();
    }

    @Test
    void alertsRoundTripNewestFirstAndAreMarkedDeliveredOnce() {
        RecordedAlert older = new RecordedAlert(
                UUID.randomUUID(),
                RAISED,
                Alert.critical("mining", "Withdrawal failed", "HashDam said no", Map.of("withdrawalId", "w-1")),
                null);
        RecordedAlert newer = new RecordedAlert(
                UUID.randomUUID(), RAISED.plusSeconds(5), Alert.warning("risk", "Flagged", "", Map.of()), null);
        repository.insert(older);
        repository.insert(newer);

        repository.markDelivered(older.id(), RAISED.plusSeconds(1));
        repository.markDelivered(older.id(), RAISED.plusSeconds(9));

        assertThat(repository.recent(10)).extracting(RecordedAlert::id).containsExactly(newer.id(), older.id());
        RecordedAlert stored = repository.recent(10).get(1);
        assertThat(stored.alert()).isEqualTo(older.alert());
        assertThat(stored.deliveredAt()).isEqualTo(RAISED.plusSeconds(1));
        assertThat(repository.recent(10).get(0).deliveredAt()).isNull();
        assertThat(repository.recent(1)).hasSize(1);
    }
}
