package com.aeghash.partner.internal.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.partner.internal.authentication.SignatureCheck;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RejectedCallRepository} must do; run on memory, H2 and PostgreSQL. */
abstract class RejectedCallRepositoryContract {

    private static final Instant NOW = Instant.parse("2026-12-01T10:15:30.123456Z");
    private RejectedCallRepository repository;

    abstract RejectedCallRepository createRepository();

    @BeforeEach
    void setUp() {
        repository = createRepository();
    }

    @Test
    void rowsRoundTripWithEveryFieldNewestFirst() {
        RejectedCalls unknownKey = row(SignatureCheck.UNKNOWN_KEY, null, 401, NOW);
        RejectedCalls overBudget = row(SignatureCheck.BAD_SIGNATURE, "shop", 429, NOW.plusSeconds(1));

        repository.insertAll(List.of(unknownKey, overBudget));

        List<RejectedCalls> recent = repository.recent(2);
        assertThat(recent).hasSize(2);
        assertThat(recent.get(0))
                .usingRecursiveComparison()
                .ignoringFields("id", "firstCallAt", "lastCallAt")
                .isEqualTo(overBudget);
        assertThat(recent.get(1).partnerId()).isNull();
        assertThat(recent.get(1).lastCallAt().truncatedTo(ChronoUnit.MICROS))
                .isEqualTo(NOW.plusSeconds(5).truncatedTo(ChronoUnit.MICROS));
        assertThat(recent.get(0).id()).isGreaterThan(recent.get(1).id());
        assertThat(repository.recent(1)).hasSize(1);
        assertThat(repository.recent(recent.get(0).id(), 5))
                .extracting(RejectedCalls::id)
                .first()
                .isEqualTo(recent.get(1).id());
    }

    @Test
    void rowsPastTheirRetentionArePurged() {
        Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
        repository.insertAll(List.of(
                row(SignatureCheck.UNKNOWN_KEY, null, 401, longAgo), row(SignatureCheck.UNKNOWN_KEY, null, 401, NOW)));

        assertThat(repository.purgeLastCallBefore(longAgo.plusSeconds(10), 1000))
                .isEqualTo(1);

        assertThat(repository.recent(500))
                .allSatisfy(row -> assertThat(row.lastCallAt()).isAfter(longAgo));
    }

    private static RejectedCalls row(SignatureCheck check, String partner, int status, Instant firstCallAt) {
        return new RejectedCalls(
                0, firstCallAt, firstCallAt.plusSeconds(5), check, partner, status, 120, 3, "198.51.100.7", 100);
    }
}
