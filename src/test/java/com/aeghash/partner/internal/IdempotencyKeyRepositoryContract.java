package com.aeghash.partner.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.partner.internal.IdempotencyKeyRecord.NewKey;
import com.aeghash.testsupport.TestIds;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyKeyRepository} must do; run on memory, H2 and PostgreSQL. */
abstract class IdempotencyKeyRepositoryContract {

    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30.123456Z");
    private static final Instant LEASE = NOW.plusSeconds(60);
    private IdempotencyKeyRepository keys;
    private String partner;

    abstract IdempotencyKeyRepository createRepository();

    @BeforeEach
    void setUp() {
        keys = createRepository();
        partner = TestIds.unique("p");
    }

    @Test
    void aKeyHasOnePrimaryRowPerPartner() {
        OptionalLong first = keys.insertClaim(key("key-1", "hash-a"), LEASE, NOW);
        OptionalLong second = keys.insertClaim(key("key-1", "hash-b"), LEASE, NOW);
        OptionalLong otherPartner = keys.insertClaim(new NewKey(partner + "x", "key-1", "op", "hash-a",
                NOW.plus(Duration.ofHours(24))), LEASE, NOW);

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(otherPartner).isPresent();
        IdempotencyKeyRecord row = keys.findPrimaryForUpdate(partner, "key-1").orElseThrow();
        assertThat(row.id()).isEqualTo(first.getAsLong());
        assertThat(row.status()).isEqualTo(IdempotencyKeyStatus.IN_PROGRESS);
        assertThat(row.attempt()).isEqualTo(1);
        assertThat(row.requestHash()).isEqualTo("hash-a");
        assertThat(row.primary()).isTrue();
        assertThat(row.lockedUntil().truncatedTo(ChronoUnit.MICROS)).isEqualTo(LEASE.truncatedTo(ChronoUnit.MICROS));
        assertThat(row.expiresAt().truncatedTo(ChronoUnit.MICROS))
                .isEqualTo(NOW.plus(Duration.ofHours(24)).truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void conflictingAttemptsAreRowsOfTheirOwnBesideTheOriginal() {
        long original = keys.insertClaim(key("key-2", "hash-a"), LEASE, NOW).getAsLong();

        long firstConflict = keys.insertConflict(key("key-2", "hash-b"), original, 409, "{\"c\":1}", NOW);
        long secondConflict = keys.insertConflict(key("key-2", "hash-c"), original, 409, "{\"c\":2}", NOW);

        assertThat(keys.findByKey(partner, "key-2")).extracting(IdempotencyKeyRecord::id)
                .containsExactly(original, firstConflict, secondConflict);
        IdempotencyKeyRecord conflict = keys.findByKey(partner, "key-2").get(1);
        assertThat(conflict.status()).isEqualTo(IdempotencyKeyStatus.FAILED_CONFLICT);
        assertThat(conflict.primary()).isFalse();
        assertThat(conflict.conflictsWith()).isEqualTo(original);
        assertThat(conflict.responseStatus()).isEqualTo(409);
        assertThat(keys.findPrimaryForUpdate(partner, "key-2").orElseThrow().id()).isEqualTo(original);
    }

    @Test
    void completingNeedsTheCurrentAttemptOfARunningKey() {
        long id = keys.insertClaim(key("key-3", "hash-a"), LEASE, NOW).getAsLong();

        boolean wrongAttempt = keys.complete(id, 2, 201, "{}", NOW);
        boolean completed = keys.complete(id, 1, 201, "{\"orderId\":\"o-1\"}", NOW);
        boolean twice = keys.complete(id, 1, 201, "{}", NOW);
        boolean failAfterwards = keys.fail(id, 1, 503, "{}", NOW);

        assertThat(wrongAttempt).isFalse();
        assertThat(completed).isTrue();
        assertThat(twice).isFalse();
        assertThat(failAfterwards).isFalse();
        IdempotencyKeyRecord row = keys.findPrimaryForUpdate(partner, "key-3").orElseThrow();
        assertThat(row.status()).isEqualTo(IdempotencyKeyStatus.COMPLETED);
        assertThat(row.responseStatus()).isEqualTo(201);
        assertThat(row.responseBody()).isEqualTo("{\"orderId\":\"o-1\"}");
    }

    @Test
    void onlyAFailedKeyOrAnExpiredLeaseIsReclaimed() {
        long running = keys.insertClaim(key("key-4", "hash-a"), LEASE, NOW).getAsLong();
        long failed = keys.insertClaim(key("key-5", "hash-a"), LEASE, NOW).getAsLong();
        keys.fail(failed, 1, 503, "{}", NOW);

        assertThat(keys.reclaim(running, 1, LEASE.plusSeconds(60), NOW)).isFalse();
        assertThat(keys.reclaim(failed, 2, LEASE.plusSeconds(60), NOW)).isFalse();
        assertThat(keys.reclaim(failed, 1, LEASE.plusSeconds(60), NOW)).isTrue();
        assertThat(keys.reclaim(running, 1, LEASE.plusSeconds(120), LEASE.plusSeconds(1))).isTrue();

        IdempotencyKeyRecord reclaimed = keys.findPrimaryForUpdate(partner, "key-5").orElseThrow();
        assertThat(reclaimed.status()).isEqualTo(IdempotencyKeyStatus.IN_PROGRESS);
        assertThat(reclaimed.attempt()).isEqualTo(2);
        assertThat(reclaimed.responseBody()).isNull();
        assertThat(keys.findPrimaryForUpdate(partner, "key-4").orElseThrow().attempt()).isEqualTo(2);
    }

    @Test
    void expiredRowsAreDeletedAndTheKeyCanBeClaimedAgain() {
        long id = keys.insertClaim(key("key-6", "hash-a"), LEASE, NOW).getAsLong();
        keys.insertConflict(key("key-6", "hash-b"), id, 409, "{}", NOW);
        Instant afterExpiry = NOW.plus(Duration.ofHours(25));

        assertThat(keys.deleteIfExpired(id, NOW)).isFalse();
        int purged = keys.purgeExpired(afterExpiry, 100_000);

        assertThat(purged).isGreaterThanOrEqualTo(2);
        assertThat(keys.findByKey(partner, "key-6")).isEmpty();
        assertThat(keys.insertClaim(key("key-6", "hash-b"), LEASE, afterExpiry)).isPresent();
    }

    private NewKey key(String idempotencyKey, String hash) {
        return new NewKey(partner, idempotencyKey, "orders.create", hash, NOW.plus(Duration.ofHours(24)));
    }
}
