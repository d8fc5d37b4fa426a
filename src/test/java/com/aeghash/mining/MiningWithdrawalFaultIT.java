package com.aeghash.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.aeghash.common.ApiException;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Ledger;
import com.aeghash.mining.internal.etl.DailyProfitEtl;
import com.aeghash.mining.support.HashPowerHistory;
import com.aeghash.mining.support.MiningApi;
import com.aeghash.mining.support.TestDates;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.sandbox.HashDamSandbox;
import com.aeghash.sandbox.SandboxFaults;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.Concurrently;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.RunningApplicationTest;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mining withdrawal primitive, called as the withdrawal workflow's payout step calls it, against the simulator with
 * injected faults (set by the admin endpoint, as an operator would): what the member's ledger shows and how many withdrawals HashDam holds.
 * On H2 and on PostgreSQL.
 */
@OnEachDatabase
class MiningWithdrawalFaultIT extends RunningApplicationTest {

    private static final String FAULT_PATH = "/sandbox/faults/hashdam/assetWithdrawRequest";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private HashDamSandbox simulator;

    @Autowired
    private SandboxFaults faults;

    @Autowired
    private Ledger ledger;

    @Autowired
    private Mining mining;

    @Autowired
    private DailyProfitEtl etl;

    @Autowired
    private MiningWithdrawals miningWithdrawals;

    @Autowired
    private JsonMapper applicationJson;

    private MiningApi api;
    private String member;
    private BigDecimal amount;

    @Autowired
    private JdbcTemplate jdbc;

    MiningWithdrawalFaultIT(TestDatabases.Kind database) {
        super(TestApplication.on(database));
    }

    @BeforeEach
    void memberWithMinedCoins() {
        api = new MiningApi(port);
        member = OrganizationFixtures.registered(context, TestIds.member());
        amount = new BigDecimal(ThreadLocalRandom.current().nextInt(1, 99_999_999)).movePointLeft(8);
        LocalDate date = TestDates.unusedPastDate();
        HashPowerHistory.heldAllDay(jdbc, member, new BigDecimal("1000"), date);
        etl.run(date);
    }

    @AfterEach
    void faultsClearedAndLedgerConsistent() {
        faults.clearAll();
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    @Test
    void aWithdrawalIsSubmittedThenCompletedAndTheHoldCleared() {
        BigDecimal before = available();

        JsonNode submitted = withdraw("withdrawal:" + TestIds.unique("ok"));
        int changed = api.post("/api/v1/mining/withdrawals/reconciliation", null)
                .json()
                .path("changed")
                .asInt();
        JsonNode completed = api.get("/api/v1/mining/withdrawals/"
                        + submitted.path("payoutReference").asString())
                .json();

        assertThat(submitted.path("status").asString()).isEqualTo("submitted");
        assertThat(changed).isPositive();
        assertThat(completed.path("status").asString()).isEqualTo("completed");
        assertThat(completed.path("vendorStatus").asString()).isEqualTo("completed");
        assertThat(available()).isEqualByComparingTo(before.subtract(amount));
        assertThat(held()).isEqualByComparingTo("0");
        assertThat(vendorWithdrawalsOfThisAmount()).isEqualTo(1);
    }

    @Test
    void executeThenDropTheResponseYieldsExactlyOneWithdrawalAtTheSimulator() {
        api.putAsAdmin(FAULT_PATH, "{\"dropResponse\":true,\"dropMode\":\"GATEWAY_ERROR\",\"times\":1}");
        int before = simulator.withdrawalCount();

        JsonNode withdrawal = withdraw("withdrawal:" + TestIds.unique("drop"));

        assertThat(withdrawal.path("status").asString()).isIn("submitted", "completed");
        assertThat(withdrawal.path("attempts").asInt()).isEqualTo(1);
        assertThat(simulator.withdrawalCount()).isEqualTo(before + 1);
        assertThat(vendorWithdrawalsOfThisAmount()).isEqualTo(1);
        assertThat(vendorWithdrawIdOfThisAmount())
                .isEqualTo(withdrawal.path("withdrawId").asString());
    }

    @Test
    void executeThenHangPastTheReadTimeoutIsAlsoAdoptedNotResent() {
        api.putAsAdmin(FAULT_PATH, "{\"dropResponse\":true,\"dropMode\":\"HANG\",\"times\":1}");

        JsonNode withdrawal = withdraw("withdrawal:" + TestIds.unique("hang"));

        assertThat(withdrawal.path("withdrawId").asString()).isEqualTo(vendorWithdrawIdOfThisAmount());
        assertThat(vendorWithdrawalsOfThisAmount()).isEqualTo(1);
        // the test simulator completes withdrawals at once, so the adopted one is already cleared
        assertThat(withdrawal.path("status").asString()).isEqualTo("completed");
        assertThat(held()).isEqualByComparingTo("0");
    }

    @Test
    void definiteRefusalsAreRetriedThenTheWithdrawalFailsAndTheHoldIsReleased() {
        api.putAsAdmin(FAULT_PATH, "{\"errorRate\":1,\"errorMessage\":\"Invalid API Key\",\"times\":3}");
        BigDecimal before = available();

        JsonNode failed = withdraw("withdrawal:" + TestIds.unique("refused"));

        assertThat(failed.path("status").asString()).isEqualTo("failed");
        assertThat(failed.path("attempts").asInt()).isEqualTo(3);
        assertThat(failed.path("failureReason").asString()).contains("Invalid API Key");
        assertThat(available()).isEqualByComparingTo(before);
        assertThat(held()).isEqualByComparingTo("0");
        assertThat(vendorWithdrawalsOfThisAmount()).isZero();
    }

    @Test
    void aHangWithNothingExecutedStaysUnknownUntilAnOperatorDecides() {
        api.putAsAdmin(FAULT_PATH, "{\"hang\":true,\"times\":1}");
        String reference = "withdrawal:" + TestIds.unique("unknown");

        JsonNode unknown = withdraw(reference);
        api.post("/api/v1/mining/withdrawals/reconciliation", null);
        api.post("/api/v1/mining/withdrawals/reconciliation", null);
        JsonNode waiting = api.get("/api/v1/mining/withdrawals/" + reference).json();
        ApiClient.Response asked = api.post(
                "/api/v1/mining/withdrawals/" + reference + "/resolution",
                "{\"note\":\"absent from the vendor console\"}");
        ApiClient.Response approved =
                api.approveAsChecker(asked.json().path("id").asLong());
        JsonNode resolved = api.get("/api/v1/mining/withdrawals/" + reference).json();

        assertThat(unknown.path("status").asString()).isEqualTo("unknown");
        assertThat(waiting.path("status").asString()).isEqualTo("unknown");
        assertThat(waiting.path("checks").asInt()).isEqualTo(2);
        assertThat(waiting.path("nextCheckAt").isNull()).isTrue();
        assertThat(asked.status())
                .as("three look-ups without a match are fewer than history-not-found-checks (4)")
                .isEqualTo(202);
        assertThat(approved.json().path("status").asString())
                .as(approved.body())
                .isEqualTo("executed");
        assertThat(resolved.path("status").asString()).isEqualTo("failed");
        assertThat(resolved.path("decidedBy").asString()).isEqualTo(MiningApi.OPERATOR);
        assertThat(resolved.path("approvedBy").asString()).isEqualTo(MiningApi.CHECKER);
        assertThat(held()).isEqualByComparingTo("0");
        assertThat(vendorWithdrawalsOfThisAmount()).isZero();
    }

    @Test
    void repeatingAPayoutReferenceNeverSendsASecondRequest() {
        String reference = "withdrawal:" + TestIds.unique("again");
        JsonNode first = withdraw(reference);

        JsonNode again = withdraw(reference);
        Throwable conflict = catchThrowable(() -> miningWithdrawals.request(
                new MiningWithdrawalRequest(reference, member, Asset.DOGE, new BigDecimal("0.00000001"))));

        assertThat(again.path("id").asLong()).isEqualTo(first.path("id").asLong());
        assertThat(vendorWithdrawalsOfThisAmount()).isEqualTo(1);
        assertThat(held()).isEqualByComparingTo(amount);
        assertThat(conflict).isInstanceOf(ApiException.class);
        assertThat(((ApiException) conflict).status().value()).isEqualTo(409);
        assertThat(((ApiException) conflict).code()).isEqualTo("payout_reference_conflict");
    }

    @Test
    void oneReferenceRequestedSixTimesAtOnceHoldsOnceAndIsSentOnce() throws Exception {
        String reference = "withdrawal:" + TestIds.unique("raced");

        List<JsonNode> answers = Concurrently.run(6, caller -> withdraw(reference));

        assertThat(answers)
                .extracting(answer -> answer.path("id").asLong())
                .containsOnly(answers.get(0).path("id").asLong());
        assertThat(vendorWithdrawalsOfThisAmount()).isEqualTo(1);
        assertThat(held()).isEqualByComparingTo(amount);
    }

    /** The primitive as the withdrawal workflow's payout step calls it (it has no HTTP endpoint), as its JSON. */
    private JsonNode withdraw(String reference) {
        return applicationJson.valueToTree(
                miningWithdrawals.request(new MiningWithdrawalRequest(reference, member, Asset.DOGE, amount)));
    }

    private BigDecimal available() {
        return ledger.balancesOf(member).of(Asset.DOGE).available();
    }

    private BigDecimal held() {
        return ledger.balancesOf(member).of(Asset.DOGE).withdrawalHold();
    }

    /** Withdrawals of this test's (random) amount in the simulator's own history. */
    private long vendorWithdrawalsOfThisAmount() {
        return history()
                .filter(row -> new BigDecimal(row.path("amount").asString()).compareTo(amount) == 0)
                .count();
    }

    private String vendorWithdrawIdOfThisAmount() {
        return history()
                .filter(row -> new BigDecimal(row.path("amount").asString()).compareTo(amount) == 0)
                .map(row -> row.path("withdrawId").asString())
                .findFirst()
                .orElseThrow();
    }

    private Stream<JsonNode> history() {
        Object envelope = simulator.handle(
                TestSecrets.HASHDAM_API_KEY,
                "127.0.0.1",
                JSON.readTree("{\"method\":\"assetWithdrawHistory\",\"coin\":\"DOGE\",\"limit\":1000}"));
        return JSON.valueToTree(envelope).path("data").values().stream();
    }
}
