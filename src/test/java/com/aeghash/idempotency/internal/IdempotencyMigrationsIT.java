package com.aeghash.idempotency.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.SqlTimes;
import com.aeghash.common.UnitOfWork;
import com.aeghash.idempotency.IdempotentRequest;
import com.aeghash.idempotency.IdempotentRequests;
import com.aeghash.idempotency.IdempotentResponse;
import com.aeghash.idempotency.IdempotentResponses;
import com.aeghash.testsupport.PostgresTestDatabase;
import com.aeghash.testsupport.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keys stored before the idempotency module keep their promise across its migrations: a partner's key
 * (V63 gives it the scope {@code partner:<id>}) still replays its first response, and a withdrawal or manual
 * adjustment accepted in the 24 hours before V64 cannot be made a second time with its key until the key expires.
 */
class IdempotencyMigrationsIT {

    private static final Instant NOW = Instant.now();

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aPartnerKeyOfBeforeTheScopesStillReplaysItsFirstResponse(TestDatabases.Kind kind) {
        SingleConnectionDataSource database = migratedTo(kind, "61");
        try {
            JdbcClient.create(database)
                    .sql("""
                    INSERT INTO idempotency_keys (partner_id, idempotency_key, claim_key, operation, request_hash,
                        status, attempt, response_status, response_body, expires_at, created_at, updated_at)
                    VALUES ('shop', 'key-before-v63', 'key-before-v63', 'orders.create', 'hash-a', 'COMPLETED', 1,
                        201, '{"orderId":"o-1"}', :expiresAt, :now, :now)""")
                    .param("expiresAt", SqlTimes.utc(NOW.plus(Duration.ofHours(1))))
                    .param("now", SqlTimes.utc(NOW))
                    .update();
            migrate(database, kind, null);
            IdempotentRequests requests = requests(database);
            AtomicInteger runs = new AtomicInteger();

            IdempotentResponse replay =
                    requests.execute(request("partner:shop", "key-before-v63", "hash-a"), counting(runs));
            IdempotentResponse conflict =
                    requests.execute(request("partner:shop", "key-before-v63", "hash-b"), counting(runs));

            assertThat(replay).isEqualTo(new IdempotentResponse(201, "{\"orderId\":\"o-1\"}", true, null));
            assertThat(conflict.status()).isEqualTo(409);
            assertThat(runs).hasValue(0);
        } finally {
            database.destroy();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aWithdrawalOrAdjustmentOfTheLastDayBeforeV64CannotBeMadeAgainWithItsKey(TestDatabases.Kind kind) {
        SingleConnectionDataSource database = migratedTo(kind, "63");
        try {
            JdbcClient jdbc = JdbcClient.create(database);
            withdrawalRequested(jdbc, 1, "wd-key-recent", NOW.minus(Duration.ofHours(1)));
            withdrawalRequested(jdbc, 2, "wd-key-old", NOW.minus(Duration.ofHours(30)));
            jdbc.sql("INSERT INTO ledger_entries (id, reference, description, created_at) VALUES (1, :reference,"
                            + " 'compensation', :createdAt)")
                    .param("reference", "manual-adjustment:admin:adj-key-recent")
                    .param("createdAt", SqlTimes.utc(NOW.minus(Duration.ofHours(2))))
                    .update();
            migrate(database, kind, null);
            IdempotentRequests requests = requests(database);
            AtomicInteger runs = new AtomicInteger();

            IdempotentResponse recentWithdrawal =
                    requests.execute(request("operator:app", "wd-key-recent", "any-hash"), counting(runs));
            IdempotentResponse recentAdjustment =
                    requests.execute(request("operator:admin", "adj-key-recent", "any-hash"), counting(runs));
            IdempotentResponse oldWithdrawal =
                    requests.execute(request("operator:app", "wd-key-old", "any-hash"), counting(runs));

            assertThat(recentWithdrawal.status()).isEqualTo(409);
            assertThat(recentWithdrawal.body()).contains("idempotency_conflict");
            assertThat(recentAdjustment.status()).isEqualTo(409);
            assertThat(oldWithdrawal.status())
                    .as("a key older than a day was free already")
                    .isEqualTo(201);
            assertThat(runs).hasValue(1);
        } finally {
            database.destroy();
        }
    }

    private static void withdrawalRequested(JdbcClient jdbc, long id, String key, Instant at) {
        jdbc.sql("""
                INSERT INTO withdrawal_requests (id, member_id, asset, amount, status, flagged, requested_by,
                    idempotency_key, request_fingerprint, reconcile_attempts, needs_operator, version, created_at,
                    updated_at)
                VALUES (:id, 'm-1', 'POINT', 10, 'pending', FALSE, 'app', :key, 'fingerprint', 0, FALSE, 0, :at,
                    :at)""")
                .param("id", id)
                .param("key", key)
                .param("at", SqlTimes.utc(at))
                .update();
    }

    private static IdempotentRequest request(String scope, String key, String hash) {
        return new IdempotentRequest(scope, key, "test.operation", hash, "/test");
    }

    private static IdempotentRequests.Work counting(AtomicInteger runs) {
        return recordId -> {
            runs.incrementAndGet();
            return IdempotentResponse.of(201, "{}");
        };
    }

    private static IdempotentRequests requests(SingleConnectionDataSource database) {
        JdbcIdempotencyKeyRepository keys = new JdbcIdempotencyKeyRepository(JdbcClient.create(database));
        UnitOfWork unitOfWork = new UnitOfWork(new DataSourceTransactionManager(database));
        IdempotentResponses responses =
                new IdempotentResponses(JsonMapper.builder().build());
        IdempotencyProperties properties = IdempotentRequestsContract.PROPERTIES;
        IdempotencyClaims claims = new IdempotencyClaims(keys, unitOfWork, responses, properties, Clock.systemUTC());
        return new IdempotentRequestsService(
                claims,
                keys,
                unitOfWork,
                responses,
                new IdempotentRequestsContract.IgnoringNotifier(),
                Clock.systemUTC(),
                properties);
    }

    /** A fresh database of the kind, on one connection, migrated up to {@code version}. */
    private static SingleConnectionDataSource migratedTo(TestDatabases.Kind kind, String version) {
        SingleConnectionDataSource database = switch (kind) {
            case H2 -> TestDatabases.singleConnection(TestDatabases.h2Url(), "sa", "");
            case POSTGRES -> {
                TestDatabases.requirePostgres();
                yield TestDatabases.singleConnection(
                        PostgresTestDatabase.createSchemaUrl(),
                        PostgresTestDatabase.USER,
                        PostgresTestDatabase.PASSWORD);
            }
        };
        migrate(database, kind, version);
        return database;
    }

    /** Migrates as the application does, up to {@code version} (null: every migration). */
    private static void migrate(SingleConnectionDataSource database, TestDatabases.Kind kind, String version) {
        String vendor = kind == TestDatabases.Kind.H2 ? "h2" : "postgresql";
        var flyway = Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor);
        (version == null ? flyway : flyway.target(version)).load().migrate();
    }
}
