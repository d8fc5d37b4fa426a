package com.aeghash.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.common.UnitOfWork;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Ledger;
import com.aeghash.mining.internal.MiningProperties;
import com.aeghash.mining.internal.balances.MiningBalanceRepository;
import com.aeghash.mining.internal.etl.DailyProfitEtl;
import com.aeghash.mining.internal.etl.EtlChunkListener;
import com.aeghash.mining.internal.etl.EtlRunRepository;
import com.aeghash.mining.support.ApplicationEtls;
import com.aeghash.mining.support.HashPowerHistory;
import com.aeghash.mining.support.MiningApi;
import com.aeghash.mining.support.TestDates;
import com.aeghash.mining.support.VendorFigures;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.sandbox.HashDamSandbox;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.RunningApplicationTest;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The mining flows through the running application and its HashDam simulator (HTTP all the way), on H2 and on
 * PostgreSQL. Members get their hash power back to zero afterwards so later runs in the shared database only see
 * their own members.
 */
@OnEachDatabase
class MiningSimulatorFlowIT extends RunningApplicationTest {

    @Autowired
    private HashDamSandbox simulator;

    @Autowired
    private Ledger ledger;

    @Autowired
    private Mining mining;

    @Autowired
    private EtlRunRepository runs;

    @Autowired
    private MiningBalanceRepository balances;

    @Autowired
    private UnitOfWork unitOfWork;

    @Autowired
    private Clock clock;

    @Autowired
    private JdbcTemplate jdbc;

    private MiningApi api;
    private final Map<String, BigDecimal> members = new LinkedHashMap<>();

    MiningSimulatorFlowIT(TestDatabases.Kind database) {
        super(TestApplication.on(database));
    }

    @BeforeEach
    void connect() {
        api = new MiningApi(port);
    }

    @AfterEach
    void membersLoseTheirHashPowerAndTheLedgerStaysConsistent() {
        members.keySet()
                .forEach(
                        member -> mining.adjustHashPowerTo(member, BigDecimal.ZERO, "test", "reset-" + member, "test"));
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    @Test
    void hashPowerTheDailyRunAndTheMembersBalances() {
        LocalDate date = TestDates.unusedPastDate();
        addMembers(date, "100", "0.5", "33.33333333");
        String member = members.keySet().iterator().next();

        JsonNode run = api.runEtl(date).json();
        ApiClient.Response adjusted = adjust(member, "+100", "hp-" + member);
        ApiClient.Response replay = adjust(member, "+100", "hp-" + member);

        assertThat(adjusted.status()).as(adjusted.body()).isEqualTo(200);
        assertThat(adjusted.json().path("replayed").asBoolean()).isFalse();
        assertThat(replay.json().path("replayed").asBoolean()).isTrue();
        assertThat(run.path("status").asString()).isEqualTo("completed");
        assertThat(run.path("processedMembers").asLong())
                .isEqualTo(run.path("totalMembers").asLong());
        assertCreditedOnce(date);
        assertWithinProjectTotals(run, date);
        JsonNode mined = api.get("/api/v1/members/" + member + "/mining").json();
        assertThat(mined.path("lastCreditedDate").asString()).isEqualTo(date.toString());
        assertThat(mined.path("hashPower").asString()).isEqualTo("100");
    }

    @Test
    void runningADateTwiceLeavesTheSameBalances() {
        LocalDate date = TestDates.unusedPastDate();
        addMembers(date, "12.5", "7");
        JsonNode first = api.runEtl(date).json();

        JsonNode second = api.post("/api/v1/mining/etl-runs", "{\"date\":\"" + date + "\"}")
                .json();

        assertThat(second.path("attempts").asInt())
                .isEqualTo(first.path("attempts").asInt());
        assertThat(first.path("coins").size()).isEqualTo(Asset.coins().size());
        assertThat(second.path("coins")).isEqualTo(first.path("coins"));
        assertCreditedOnce(date);
        assertThat(api.get("/api/v1/mining/etl-runs/" + date)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("completed");
        assertThat(runDatesPagedByTwo()).contains(date.toString()).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(api.get("/api/v1/mining/etl-runs?cursor=bm90LWEtY3Vyc29y").status())
                .isEqualTo(400);
    }

    /** Every run's date, walking the list two at a time by its cursors. */
    private List<String> runDatesPagedByTwo() {
        List<String> dates = new ArrayList<>();
        String cursor = "";
        do {
            JsonNode page =
                    api.get("/api/v1/mining/etl-runs?limit=2&cursor=" + cursor).json();
            assertThat(page.path("items").size()).isLessThanOrEqualTo(2);
            page.path("items").forEach(run -> dates.add(run.path("date").asString()));
            cursor = page.path("next").isNull() ? null : page.path("next").asString();
        } while (cursor != null);
        return dates;
    }

    @Test
    void aRunInterruptedInTheMiddleResumesAndCreditsEveryMemberExactlyOnce() {
        LocalDate date = TestDates.unusedPastDate();
        addMembers(date, "1", "2", "3", "4", "5", "6", "7");
        DailyProfitEtl crashing = etl((day, processed) -> {
            if (processed > 4) {
                throw new IllegalStateException("simulated crash after " + processed + " members");
            }
        });

        assertThatThrownBy(() -> crashing.run(date)).hasMessageContaining("simulated crash");
        EtlRun interrupted = mining.etlRun(date).orElseThrow();
        EtlRun resumed = etl(EtlChunkListener.NONE).run(date);

        assertThat(interrupted.status()).isEqualTo(EtlRunStatus.FAILED);
        assertThat(interrupted.processedMembers()).isEqualTo(4);
        assertThat(resumed.status()).isEqualTo(EtlRunStatus.COMPLETED);
        assertThat(resumed.attempts()).isEqualTo(2);
        assertThat(resumed.processedMembers()).isEqualTo(resumed.totalMembers());
        assertCreditedOnce(date);
    }

    @Test
    void aDateHeldByAnotherInstanceIsRefusedUntilItIsReleased() {
        LocalDate date = TestDates.unusedPastDate();
        addMembers(date, "3");
        long runId = unitOfWork
                .inTransaction(() -> runs.findOrCreate(DailyProfitEtl.JOB, date, clock.instant()))
                .id();
        unitOfWork.inTransaction(() -> runs.claim(
                runId, "other-instance", clock.instant(), clock.instant().plus(Duration.ofMinutes(5))));

        ApiClient.Response refused = api.post("/api/v1/mining/etl-runs", "{\"date\":\"" + date + "\"}");
        String member = members.keySet().iterator().next();
        BigDecimal dogeWhileHeld = ledger.balancesOf(member).of(Asset.DOGE).available();
        unitOfWork.inTransaction(() -> runs.fail(runId, "other-instance", "stopped", clock.instant()));
        ApiClient.Response ran = api.post("/api/v1/mining/etl-runs", "{\"date\":\"" + date + "\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("code").asString()).isEqualTo("etl_run_in_progress");
        assertThat(dogeWhileHeld).isEqualByComparingTo("0");
        assertThat(ran.status()).isEqualTo(200);
        assertCreditedOnce(date);
    }

    @Test
    void aRunOfADateOlderThanTheWindowWaitsForASecondOperatorThenRuns() {
        LocalDate date = TestDates.unusedPastDate();
        addMembers(date, "4");

        ApiClient.Response asked = api.post("/api/v1/mining/etl-runs", "{\"date\":\"" + date + "\"}");
        boolean ranBeforeApproval = mining.etlRun(date).isPresent();
        long requestId = asked.json().path("id").asLong();
        ApiClient.Response byMaker = api.post("/api/v1/approval-requests/" + requestId + "/approvals", "{}");
        ApiClient.Response approved = ApiClient.newOperator(port, "OPERATIONS")
                .post("/api/v1/approval-requests/" + requestId + "/approvals", "{}");

        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        assertThat(asked.json().path("kind").asString()).isEqualTo("mining.backdated_run");
        assertThat(asked.json().path("payload").path("date").asString()).isEqualTo(date.toString());
        assertThat(ranBeforeApproval).isFalse();
        assertThat(byMaker.json().path("code").asString()).isEqualTo("same_approver");
        assertThat(approved.json().path("status").asString())
                .as(approved.body())
                .isEqualTo("executed");
        assertThat(mining.etlRun(date).orElseThrow().status()).isEqualTo(EtlRunStatus.COMPLETED);
        assertCreditedOnce(date);
    }

    @Test
    void aRunOfADayInsideTheWindowNeedsNoSecondOperator() {
        LocalDate twoDaysAgo =
                LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).minusDays(2);
        addMembers(twoDaysAgo, "2");

        ApiClient.Response ran = api.post("/api/v1/mining/etl-runs", "{\"date\":\"" + twoDaysAgo + "\"}");

        assertThat(ran.status()).as(ran.body()).isEqualTo(200);
        assertThat(ran.json().path("status").asString()).isEqualTo("completed");
    }

    @Test
    void theProjectSnapshotIsTakenOnDemandAndShownWithTheIpAllowlist() {
        ApiClient.Response taken = api.post("/api/v1/mining/project/snapshots", null);
        JsonNode project = api.get("/api/v1/mining/project").json();

        assertThat(taken.status()).isEqualTo(201);
        assertThat(project.path("latestSnapshot").path("id").asLong())
                .isEqualTo(taken.json().path("id").asLong());
        assertThat(project.path("latestSnapshot").path("assets").has("LTC")).isTrue();
        assertThat(project.path("latestSnapshot")
                        .path("hashRate")
                        .path("measuredAt")
                        .isString())
                .isTrue();
        assertThat(project.path("hashDamIpAllowlist").isArray()).isTrue();
    }

    /** Creates members who held these hash powers (MH/s) all through {@code date} (postings dated around it). */
    private void addMembers(LocalDate date, String... hashPowers) {
        for (String hashPower : hashPowers) {
            String member = OrganizationFixtures.registered(context, TestIds.member());
            HashPowerHistory.heldAllDay(jdbc, member, new BigDecimal(hashPower), date);
            members.put(member, new BigDecimal(hashPower));
        }
    }

    private ApiClient.Response adjust(String member, String delta, String reference) {
        return api.post(
                "/api/v1/members/" + member + "/mining/hash-power/adjustments",
                "{\"delta\":\"" + delta + "\",\"reason\":\"test\",\"reference\":\"" + reference + "\"}");
    }

    /** Every member holds exactly one day's unscaled credit (their members' sum stays far below the project's). */
    private void assertCreditedOnce(LocalDate date) {
        Map<Asset, BigDecimal> perMega = VendorFigures.perMega(simulator, TestSecrets.HASHDAM_API_KEY, date);
        members.forEach((member, hashPower) -> {
            JsonNode balances =
                    api.get("/api/v1/members/" + member + "/balances").json().path("balances");
            List<String> seen = new ArrayList<>();
            for (JsonNode balance : balances.values()) {
                Asset asset = Asset.valueOf(balance.path("asset").asString());
                if (asset.isCoin()) {
                    assertThat(new BigDecimal(balance.path("available").asString()))
                            .as("%s %s", member, asset)
                            .isEqualByComparingTo(VendorFigures.unscaledCredit(perMega.get(asset), hashPower));
                    seen.add(asset.name());
                }
            }
            assertThat(seen).hasSize(Asset.coins().size());
            assertThat(balances(member).minedTotal().get(Asset.PEP))
                    .isEqualByComparingTo(VendorFigures.unscaledCredit(perMega.get(Asset.PEP), hashPower));
        });
    }

    private void assertWithinProjectTotals(JsonNode run, LocalDate date) {
        Map<Asset, BigDecimal> projectTotals =
                VendorFigures.projectTotals(simulator, TestSecrets.HASHDAM_API_KEY, date);
        assertThat(run.path("coins").size())
                .as("a total per coin")
                .isEqualTo(Asset.coins().size());
        for (JsonNode coin : run.path("coins").values()) {
            Asset asset = Asset.valueOf(coin.path("coin").asString());
            assertThat(new BigDecimal(coin.path("creditedTotal").asString()))
                    .isLessThanOrEqualTo(projectTotals.get(asset));
            assertThat(new BigDecimal(coin.path("projectTotal").asString()))
                    .isEqualByComparingTo(projectTotals.get(asset));
        }
    }

    private MiningBalanceRecord balances(String member) {
        return balances.find(member).orElseThrow();
    }

    private DailyProfitEtl etl(EtlChunkListener listener) {
        return ApplicationEtls.of(context, new MiningProperties.Etl(2, Duration.ofMinutes(2), 2), listener);
    }
}
