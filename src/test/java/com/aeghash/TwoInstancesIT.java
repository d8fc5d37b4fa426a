package com.aeghash;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.jobs.CountingLockProvider;
import com.aeghash.common.metrics.VendorCallMetrics;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.Concurrently;
import com.aeghash.testsupport.PostgresCondition;
import com.aeghash.testsupport.PostgresTestDatabase;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of the service on one PostgreSQL schema, in this JVM, each with its own port and its schedules on
 * (every job every second): each period's work runs once across both, a withdrawal approved on both at once is paid
 * once, one partner idempotency key sent to both makes one order, and a console session signed in on one is
 * accepted by the other.
 */
@ExtendWith(PostgresCondition.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {

    /** How long the job counts are watched, and the jobs' interval in it. */
    private static final long WATCH_SECONDS = 6;

    private static final String[] EVERY_SECOND = {
        "aeghash.events.retry-interval",
        "aeghash.wallet.janitor-interval",
        "aeghash.wallet.key-reencryption-interval",
        "aeghash.mining.snapshots.interval",
        "aeghash.mining.withdrawals.janitor-interval",
        "aeghash.withdrawal.reconciliation.interval",
        "aeghash.withdrawal.batch.interval",
        "aeghash.partner.purge-interval",
        "aeghash.bonus.closing.check-interval",
        "aeghash.organization.leg-volume-interval",
        "aeghash.approval.job-interval",
        "aeghash.partner.rejected-calls-interval"
    };

    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;

    @BeforeAll
    void startTwoInstancesOnOneDatabase() {
        String database = PostgresTestDatabase.createSchemaUrl();
        first = start(database);
        second = start(database);
    }

    @AfterAll
    void stop() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {second, first}) {
            if (context != null) {
                context.close();
            }
        }
    }

    @Test
    void eachPeriodOfEveryJobRunsOnceAcrossBothInstances() throws InterruptedException {
        Map<String, Double> runsBefore = jobCounts(CountingLockProvider.RUNS);
        Map<String, Double> skippedBefore = jobCounts(CountingLockProvider.SKIPPED);

        Thread.sleep(WATCH_SECONDS * 1000);

        Map<String, Double> runs = since(runsBefore, jobCounts(CountingLockProvider.RUNS));
        Map<String, Double> skipped = since(skippedBefore, jobCounts(CountingLockProvider.SKIPPED));
        assertThat(runs).as("jobs that ran while watched").containsKeys("withdrawal-reconciler", "wallet-janitor");
        runs.forEach((job, count) -> {
            if (job.equals("partner-rejected-calls") || job.equals("bonus-credits")) {
                return; // per instance by design: each instance flushes the counts it holds, posts queued credits
            }
            // a run per second, plus one at each end of the watch; the cron job's lock lasts a minute
            long allowed = job.equals("mining-daily-etl") ? 1 : WATCH_SECONDS + 2;
            assertThat(count)
                    .as(
                            "%s ran %s times in %s s on two instances (skipped %s)",
                            job, count, WATCH_SECONDS, skipped.get(job))
                    .isLessThanOrEqualTo(allowed);
        });
        assertThat(skipped.values().stream().mapToDouble(Double::doubleValue).sum())
                .as("the other instance found the locks held")
                .isPositive();
    }

    @Test
    void aWithdrawalApprovedOnBothInstancesAtOnceIsPaidOnce() throws Exception {
        int[] ports = {port(first), port(second)};
        ApiClient memberApp = ApiClient.newOperator(ports[0], "MEMBER_APP");
        ApiClient operations = ApiClient.newOperator(ports[0], "OPERATIONS");
        ApiClient finance = ApiClient.newOperator(ports[0], "FINANCE");
        String member = OrganizationFixtures.registered(first, TestIds.member());
        ApiClient.Response funded = finance.header("Idempotency-Key", TestIds.unique("fund"))
                .postJson(
                        "/api/v1/ledger/adjustments",
                        Map.of("memberId", member, "asset", "POINT", "amount", "100", "reason", "test funding"));
        assertThat(funded.status()).as(funded.body()).isEqualTo(201);
        assertThat(operations.post("/api/v1/members/" + member + "/wallet", "").status())
                .isEqualTo(201);
        ApiClient.Response requested = memberApp
                .header("Idempotency-Key", TestIds.unique("withdrawal"))
                .postJson("/api/v1/withdrawals", Map.of("memberId", member, "asset", "POINT", "amount", "80"));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String approvals = "/api/v1/withdrawals/" + requested.json().path("id").asLong() + "/approvals";
        assertThat(operations.post(approvals, "{}").status()).isEqualTo(200);

        List<ApiClient.Response> finalApprovals =
                Concurrently.run(2, instance -> finance.on(ports[instance]).post(approvals, "{}"));

        assertThat(finalApprovals).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(200, 409);
        assertThat(treasuryTransfers())
                .as("MBlock transfers sent by both instances")
                .isEqualTo(1);
        JsonNode withdrawal = ApiClient.admin(ports[1])
                .get(approvals.replace("/approvals", ""))
                .json();
        assertThat(withdrawal.path("status").asString()).isIn("submitted", "completed");
        List<String> actions = new ArrayList<>();
        withdrawal
                .path("auditTrail")
                .forEach(entry -> actions.add(entry.path("action").asString()));
        assertThat(actions).containsOnlyOnce("approved", "executing");
    }

    @Test
    void oneIdempotencyKeySentToBothInstancesMakesOneOrder() throws Exception {
        String member = OrganizationFixtures.registered(first, TestIds.member());
        String orderId = TestIds.unique("o");
        String key = TestIds.unique("idem");
        String order = "{\"orderId\":\"" + orderId + "\",\"memberId\":\"" + member
                + "\",\"totalAmount\":\"120.00\",\"pvAmount\":\"100\",\"channel\":\"web\"}";
        int[] ports = {port(first), port(second)};

        List<HttpResponse<String>> responses = Concurrently.run(
                2, instance -> DemoPartner.post(ports[instance], "/api/aegmall/v1/orders", order, key));

        assertThat(responses).extracting(HttpResponse::statusCode).contains(201).isSubsetOf(201, 409);
        assertThat(JdbcClient.create(first.getBean(DataSource.class))
                        .sql("SELECT COUNT(*) FROM partner_orders WHERE order_id = :order")
                        .param("order", orderId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aConsoleSessionSignedInOnOneInstanceIsAcceptedByTheOther() {
        String username = TestIds.unique("console").toLowerCase();
        String password = TestIds.unique("password-long-enough");
        TestSecrets.register(password);
        ApiClient.Response created = ApiClient.admin(port(first))
                .postJson(
                        "/api/v1/operators",
                        Map.of("username", username, "password", password, "roles", List.of("OPERATIONS")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        BrowserSession onFirst = new BrowserSession(port(first));

        HttpResponse<String> signedIn = onFirst.signIn(username, password);
        HttpResponse<String> onSecond = onFirst.on(port(second)).get("/console");
        HttpResponse<String> strangerOnSecond = new BrowserSession(port(second)).get("/console");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        assertThat(onSecond.statusCode()).isEqualTo(200);
        assertThat(onSecond.body()).contains(username);
        assertThat(strangerOnSecond.statusCode()).isEqualTo(302);
    }

    private long treasuryTransfers() {
        long transfers = 0;
        for (ConfigurableApplicationContext context : List.of(first, second)) {
            for (Timer timer : context.getBean(MeterRegistry.class)
                    .find(VendorCallMetrics.CALLS)
                    .tags("vendor", "mblock", "method", "transferByWalletKey")
                    .timers()) {
                transfers += timer.count();
            }
        }
        return transfers;
    }

    private Map<String, Double> jobCounts(String name) {
        Map<String, Double> counts = new HashMap<>();
        for (ConfigurableApplicationContext context : List.of(first, second)) {
            for (Counter counter :
                    context.getBean(MeterRegistry.class).find(name).counters()) {
                counts.merge(counter.getId().getTag("job"), counter.count(), Double::sum);
            }
        }
        return counts;
    }

    private static Map<String, Double> since(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> delta = new HashMap<>();
        after.forEach((job, count) -> delta.put(job, count - before.getOrDefault(job, 0.0)));
        return delta;
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static ConfigurableApplicationContext start(String databaseUrl) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + PostgresTestDatabase.USER,
                "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
                "--aeghash.scheduling.enabled=true",
                "--aeghash.mining.etl.cron=* * * * * *"));
        for (String interval : EVERY_SECOND) {
            arguments.add("--" + interval + "=1s");
        }
        return new SpringApplicationBuilder(AeghashApplication.class)
                .profiles("sandbox", "test")
                .run(arguments.toArray(String[]::new));
    }
}
