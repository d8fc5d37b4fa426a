package com.aeghash.idempotency.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.ApiException;
import com.aeghash.common.UnitOfWork;
import com.aeghash.idempotency.IdempotencyKey;
import com.aeghash.idempotency.IdempotentRequest;
import com.aeghash.idempotency.IdempotentRequests;
import com.aeghash.idempotency.IdempotentResponse;
import com.aeghash.idempotency.IdempotentResponses;
import com.aeghash.idempotency.internal.IdempotencyClaims.Claim;
import com.aeghash.idempotency.internal.IdempotencyKeyRecord.NewKey;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import com.aeghash.testsupport.Concurrently;
import com.aeghash.testsupport.MutableClock;
import com.aeghash.testsupport.TestIds;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one contract of the idempotency mechanism, run on its in-memory store, H2 and PostgreSQL: the store's rules
 * (one primary row per scope and key, conditional state changes, expiry) and the mechanism's (replay, conflict,
 * in flight, failure and retry, expiry, one effect under concurrency).
 */
abstract class IdempotentRequestsContract {

    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30.123456Z");
    private static final Instant LEASE = NOW.plusSeconds(60);
    static final IdempotencyProperties PROPERTIES =
            new IdempotencyProperties(Duration.ofHours(24), Duration.ofSeconds(60), 3, Duration.ofMillis(1));
    private final MutableClock clock = new MutableClock(NOW);
    private IdempotencyKeyRepository keys;
    private IdempotencyClaims claims;
    private IdempotentRequestsService requests;
    private String scope;

    abstract IdempotencyKeyRepository createRepository();

    abstract UnitOfWork unitOfWork();

    @BeforeEach
    void setUp() {
        keys = createRepository();
        IdempotentResponses responses =
                new IdempotentResponses(JsonMapper.builder().build());
        claims = new IdempotencyClaims(keys, unitOfWork(), responses, PROPERTIES, clock);
        requests = new IdempotentRequestsService(
                claims, keys, unitOfWork(), responses, new IgnoringNotifier(), clock, PROPERTIES);
        scope = TestIds.unique("scope");
    }

    // --- the store ---

    @Test
    void aKeyHasOnePrimaryRowPerScope() {
        OptionalLong first = keys.insertClaim(key("key-1", "hash-a"), LEASE, NOW);
        OptionalLong second = keys.insertClaim(key("key-1", "hash-b"), LEASE, NOW);
        OptionalLong otherScope = keys.insertClaim(
                new NewKey(scope + "x", "key-1", "op", "hash-a", NOW.plus(Duration.ofHours(24))), LEASE, NOW);

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(otherScope).isPresent();
        IdempotencyKeyRecord row = keys.findPrimaryForUpdate(scope, "key-1").orElseThrow();
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

        assertThat(keys.findByKey(scope, "key-2"))
                .extracting(IdempotencyKeyRecord::id)
                .containsExactly(original, firstConflict, secondConflict);
        IdempotencyKeyRecord conflict = keys.findByKey(scope, "key-2").get(1);
        assertThat(conflict.status()).isEqualTo(IdempotencyKeyStatus.FAILED_CONFLICT);
        assertThat(conflict.primary()).isFalse();
        assertThat(conflict.conflictsWith()).isEqualTo(original);
        assertThat(conflict.responseStatus()).isEqualTo(409);
        assertThat(keys.findPrimaryForUpdate(scope, "key-2").orElseThrow().id()).isEqualTo(original);
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
        IdempotencyKeyRecord row = keys.findPrimaryForUpdate(scope, "key-3").orElseThrow();
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
        assertThat(keys.reclaim(running, 1, LEASE.plusSeconds(120), LEASE.plusSeconds(1)))
                .isTrue();

        IdempotencyKeyRecord reclaimed =
                keys.findPrimaryForUpdate(scope, "key-5").orElseThrow();
        assertThat(reclaimed.status()).isEqualTo(IdempotencyKeyStatus.IN_PROGRESS);
        assertThat(reclaimed.attempt()).isEqualTo(2);
        assertThat(reclaimed.responseBody()).isNull();
        assertThat(keys.findPrimaryForUpdate(scope, "key-4").orElseThrow().attempt())
                .isEqualTo(2);
    }

    @Test
    void expiredRowsAreDeletedAndTheKeyCanBeClaimedAgain() {
        long id = keys.insertClaim(key("key-6", "hash-a"), LEASE, NOW).getAsLong();
        keys.insertConflict(key("key-6", "hash-b"), id, 409, "{}", NOW);
        Instant afterExpiry = NOW.plus(Duration.ofHours(25));

        assertThat(keys.deleteIfExpired(id, NOW)).isFalse();
        int purged = requests.purgeExpired(afterExpiry);

        assertThat(purged).isGreaterThanOrEqualTo(2);
        assertThat(keys.findByKey(scope, "key-6")).isEmpty();
        assertThat(keys.insertClaim(key("key-6", "hash-b"), LEASE, afterExpiry)).isPresent();
    }

    // --- the mechanism ---

    @Test
    void theFirstUseRunsTheWorkAndTheSamePayloadGetsItsResponseReplayed() {
        AtomicInteger runs = new AtomicInteger();

        IdempotentResponse first = requests.execute(request("hash-a"), created(runs));
        IdempotentResponse again = requests.execute(request("hash-a"), created(runs));

        assertThat(runs).hasValue(1);
        assertThat(first).isEqualTo(new IdempotentResponse(201, "{\"ok\":true}", false, null));
        assertThat(again).isEqualTo(new IdempotentResponse(201, "{\"ok\":true}", true, null));
        assertThat(first.toResponseEntity().getHeaders().get(IdempotencyKey.REPLAYED_HEADER))
                .isNull();
        assertThat(again.toResponseEntity().getHeaders().getFirst(IdempotencyKey.REPLAYED_HEADER))
                .isEqualTo("true");
        assertThat(statuses()).containsExactly(IdempotencyKeyStatus.COMPLETED);
    }

    @Test
    void anotherPayloadIsA409RecordedAsAConflictRowBesideTheIntactOriginal() {
        AtomicInteger runs = new AtomicInteger();
        requests.execute(request("hash-a"), created(runs));

        IdempotentResponse conflict = requests.execute(request("hash-b"), created(runs));
        IdempotentResponse original = requests.execute(request("hash-a"), created(runs));

        assertThat(runs).hasValue(1);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).contains("\"code\":\"idempotency_conflict\"", "\"instance\":\"/test\"");
        assertThat(original.replayed()).isTrue();
        assertThat(statuses()).containsExactly(IdempotencyKeyStatus.COMPLETED, IdempotencyKeyStatus.FAILED_CONFLICT);
        assertThat(keys.findByKey(scope, "key-00000001").get(1).conflictsWith())
                .isEqualTo(keys.findByKey(scope, "key-00000001").get(0).id());
    }

    @Test
    void aKeyInFlightIsA409WithRetryAfterAndTheWorkRunsOnce() {
        AtomicInteger runs = new AtomicInteger();
        AtomicReference<IdempotentResponse> duplicate = new AtomicReference<>();

        IdempotentResponse first = requests.execute(request("hash-a"), recordId -> {
            duplicate.set(requests.execute(request("hash-a"), created(runs)));
            return created(runs).run(recordId);
        });

        assertThat(runs).hasValue(1);
        assertThat(first.status()).isEqualTo(201);
        assertThat(duplicate.get().status()).isEqualTo(409);
        assertThat(duplicate.get().body()).contains("idempotency_in_progress");
        assertThat(duplicate.get().retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void aRunningKeyIsTakenOverOnceItsLeaseExpired() {
        claims.claim(request("hash-a"));

        Claim running = claims.claim(request("hash-a"));
        clock.advance(Duration.ofSeconds(61));
        Claim takenOver = claims.claim(request("hash-a"));

        assertThat(running.kind()).isEqualTo(Claim.Kind.IN_PROGRESS);
        assertThat(takenOver.kind()).isEqualTo(Claim.Kind.CLAIMED);
        assertThat(takenOver.attempt()).isEqualTo(2);
    }

    @Test
    void anAttemptWhoseKeyWasTakenOverStoresNothingAndIsToldSo() {
        AtomicReference<Claim> takeover = new AtomicReference<>();

        IdempotentResponse response = requests.execute(request("hash-a"), recordId -> {
            clock.advance(Duration.ofSeconds(61));
            takeover.set(claims.claim(request("hash-a")));
            return IdempotentResponse.of(201, "{\"slow\":true}");
        });

        assertThat(takeover.get().attempt()).isEqualTo(2);
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body()).contains("idempotency_in_progress");
        IdempotencyKeyRecord row = keys.findByKey(scope, "key-00000001").get(0);
        assertThat(row.status()).isEqualTo(IdempotencyKeyStatus.IN_PROGRESS);
        assertThat(row.responseBody()).isNull();
    }

    @Test
    void aRejectionOfTheRequestIsItsFinalResponseStoredAndReplayed() {
        AtomicInteger runs = new AtomicInteger();
        IdempotentRequests.Work refused = recordId -> {
            runs.incrementAndGet();
            throw ApiException.unprocessable("unknown_member", "member m-1 is not registered");
        };

        IdempotentResponse first = requests.execute(request("hash-a"), refused);
        IdempotentResponse replay = requests.execute(request("hash-a"), refused);

        assertThat(runs).hasValue(1);
        assertThat(first.status()).isEqualTo(422);
        assertThat(first.body()).contains("unknown_member");
        assertThat(replay).isEqualTo(first.asReplay());
        assertThat(statuses()).containsExactly(IdempotencyKeyStatus.COMPLETED);
    }

    @Test
    void aTransientFailureOutlastingTheRetriesLeavesTheKeyFailedAndALaterRetryIsProcessed() {
        AtomicInteger failures = new AtomicInteger();
        IdempotentRequests.Work lockTimeouts = recordId -> {
            failures.incrementAndGet();
            throw new CannotAcquireLockException("lock timeout (test)");
        };

        IdempotentResponse failed = requests.execute(request("hash-a"), lockTimeouts);
        IdempotentResponse retried = requests.execute(request("hash-a"), created(new AtomicInteger()));

        assertThat(failures).hasValue(PROPERTIES.retries() + 1);
        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.body()).contains("temporarily_unavailable");
        assertThat(failed.retryAfterSeconds()).isEqualTo(IdempotentRequestsService.UNAVAILABLE_RETRY_AFTER_SECONDS);
        assertThat(retried).isEqualTo(IdempotentResponse.of(201, "{\"ok\":true}"));
        assertThat(keys.findPrimaryForUpdate(scope, "key-00000001")
                        .orElseThrow()
                        .attempt())
                .isEqualTo(2);
    }

    @Test
    void afterItsExpiryAKeyIsANewRequestWithANewRecordEvenBeforeThePurge() {
        List<Long> recordIds = new ArrayList<>();
        requests.execute(request("hash-a"), recordId -> {
            recordIds.add(recordId);
            return IdempotentResponse.of(201, "{}");
        });
        clock.advance(Duration.ofHours(24));

        IdempotentResponse reused = requests.execute(request("hash-a"), recordId -> {
            recordIds.add(recordId);
            return IdempotentResponse.of(201, "{}");
        });

        assertThat(reused.replayed()).isFalse();
        assertThat(recordIds).hasSize(2).doesNotHaveDuplicates();
        assertThat(keys.findByKey(scope, "key-00000001"))
                .singleElement()
                .satisfies(row -> assertThat(row.id()).isEqualTo(recordIds.get(1)));
    }

    @Test
    void keysOfDifferentScopesAreIndependent() {
        AtomicInteger runs = new AtomicInteger();

        requests.execute(request("hash-a"), created(runs));
        IdempotentResponse otherCaller = requests.execute(
                new IdempotentRequest(scope + "-other", "key-00000001", "test.create", "hash-b", "/test"),
                created(runs));

        assertThat(runs).hasValue(2);
        assertThat(otherCaller.replayed()).isFalse();
    }

    @Test
    void oneKeySentEightTimesAtOnceRunsTheWorkOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();

        List<IdempotentResponse> responses = Concurrently.run(
                8,
                caller -> requests.execute(request("hash-a"), recordId -> {
                    pause();
                    return created(runs).run(recordId);
                }));

        assertThat(runs).hasValue(1);
        assertThat(responses)
                .filteredOn(response -> response.status() == 201 && !response.replayed())
                .hasSize(1);
        assertThat(responses)
                .allSatisfy(response -> assertThat(response.status() == 201
                                || (response.status() == 409 && response.body().contains("idempotency_in_progress")))
                        .isTrue());
    }

    private IdempotentRequest request(String hash) {
        return new IdempotentRequest(scope, "key-00000001", "test.create", hash, "/test");
    }

    private NewKey key(String idempotencyKey, String hash) {
        return new NewKey(scope, idempotencyKey, "test.create", hash, NOW.plus(Duration.ofHours(24)));
    }

    private List<IdempotencyKeyStatus> statuses() {
        return keys.findByKey(scope, "key-00000001").stream()
                .map(IdempotencyKeyRecord::status)
                .toList();
    }

    private static IdempotentRequests.Work created(AtomicInteger runs) {
        return recordId -> {
            runs.incrementAndGet();
            return new IdempotentResponses(JsonMapper.builder().build()).json(HttpStatus.CREATED, Map.of("ok", true));
        };
    }

    /** Keeps the first attempt in flight long enough for the others to find its key claimed. */
    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The mechanism's alert after exhausted retries is not what these tests check. */
    static final class IgnoringNotifier implements Notifier {
        @Override
        public void alert(Alert alert) {}

        @Override
        public void alertIndependently(Alert alert) {}
    }
}
