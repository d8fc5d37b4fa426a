package com.aeghash.mining.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.audit.AuditEntry;
import com.aeghash.audit.AuditLog;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.mining.support.MiningApi;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.RunningApplicationTest;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Operator corrections of a member's hash power: signed adjustments with a reason, audited, never an overwrite. */
@OnEachDatabase
class HashPowerAdjustmentsIT extends RunningApplicationTest {

    @Autowired
    private Ledger ledger;

    @Autowired
    private AuditLog audit;

    @Autowired
    private JdbcTemplate jdbc;

    private ApiClient operations;
    private String member;

    HashPowerAdjustmentsIT(TestDatabases.Kind database) {
        super(TestApplication.on(database));
    }

    @BeforeEach
    void registeredMember() {
        new MiningApi(port);
        operations = ApiClient.as(port, MiningApi.OPERATOR, MiningApi.OPERATOR_PASSWORD);
        member = OrganizationFixtures.registered(context, TestIds.member());
    }

    @Test
    void aPlusAndAMinusAddUpAndAreAuditedWithTheirReasons() {
        ApiClient.Response plus =
                adjust("{\"delta\":\"+10\",\"reason\":\"bought at the counter\",\"reference\":\"%s\"}");
        ApiClient.Response minus = adjust("{\"delta\":\"-5\",\"reason\":\"duplicate purchase\",\"reference\":\"%s\"}");

        assertThat(plus.status()).as(plus.body()).isEqualTo(200);
        assertThat(minus.status()).as(minus.body()).isEqualTo(200);
        assertThat(new BigDecimal(minus.text("previousHashPower"))).isEqualByComparingTo("10");
        assertThat(new BigDecimal(minus.text("delta"))).isEqualByComparingTo("-5");
        assertThat(new BigDecimal(minus.text("hashPower"))).isEqualByComparingTo("5");
        assertThat(minus.text("reason")).isEqualTo("duplicate purchase");
        assertThat(hashPower()).isEqualByComparingTo("5");
        List<AuditEntry> entries = audit.recent("mining.hash_power_adjusted", 500).stream()
                .filter(entry -> entry.target().equals(member))
                .toList();
        assertThat(entries)
                .hasSize(2)
                .allSatisfy(entry -> assertThat(entry.actor()).isEqualTo(MiningApi.OPERATOR));
        assertThat(entries)
                .extracting(entry ->
                        entry.details().get("delta") + " " + entry.details().get("reason"))
                .containsExactlyInAnyOrder("10 bought at the counter", "-5 duplicate purchase");
    }

    @Test
    void adjustToPostsTheDifferenceAndARepeatedReferenceChangesNothing() {
        adjust("{\"delta\":\"5\",\"reason\":\"purchase\",\"reference\":\"%s\"}");
        String reference = TestIds.unique("hp-to");
        String body = "{\"target\":\"12\",\"reason\":\"as per contract\",\"reference\":\"" + reference + "\"}";

        ApiClient.Response adjusted = post(body);
        ApiClient.Response repeated = post(body);
        ApiClient.Response reused =
                post("{\"target\":\"13\",\"reason\":\"as per contract\",\"reference\":\"" + reference + "\"}");

        assertThat(new BigDecimal(adjusted.text("delta"))).isEqualByComparingTo("7");
        assertThat(repeated.json().path("replayed").asBoolean()).isTrue();
        assertThat(new BigDecimal(repeated.text("delta"))).isEqualByComparingTo("7");
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.text("code")).isEqualTo("reference_conflict");
        assertThat(hashPower()).isEqualByComparingTo("12");
    }

    @Test
    void anAdjustmentBelowZeroIsA422AndChangesNothing() {
        adjust("{\"delta\":\"5\",\"reason\":\"purchase\",\"reference\":\"%s\"}");

        ApiClient.Response refused = adjust("{\"delta\":\"-5.00000001\",\"reason\":\"refund\",\"reference\":\"%s\"}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("hash_power_below_zero");
        assertThat(hashPower()).isEqualByComparingTo("5");
        assertThat(adjustmentsOfMember()).isEqualTo(1);
    }

    @Test
    void malformedAdjustmentsAre400sAndWriteNothing() {
        List<String> bodies = List.of(
                "{\"delta\":\"1\",\"target\":\"1\",\"reason\":\"both\",\"reference\":\"%s\"}",
                "{\"reason\":\"neither\",\"reference\":\"%s\"}",
                "{\"delta\":\"0\",\"reason\":\"zero\",\"reference\":\"%s\"}",
                "{\"delta\":\"1.000000001\",\"reason\":\"nine decimals\",\"reference\":\"%s\"}",
                "{\"target\":\"-1\",\"reason\":\"negative target\",\"reference\":\"%s\"}",
                "{\"delta\":\"1\",\"reference\":\"%s\"}",
                "{\"delta\":\"1\",\"reason\":\" \",\"reference\":\"%s\"}",
                "{\"delta\":\"abc\",\"reason\":\"not a number\",\"reference\":\"%s\"}",
                "{\"delta\":\"1\",\"reason\":\"bad reference\",\"reference\":\"%s with spaces\"}");

        List<Integer> statuses =
                bodies.stream().map(body -> adjust(body).status()).toList();

        assertThat(statuses).containsOnly(400);
        assertThat(hashPower()).isZero();
        assertThat(adjustmentsOfMember()).isZero();
    }

    @Test
    void aReferenceAnOlderSetCommandUsedInTheLedgerIsRefusedAndRecordsNothing() {
        String reference = TestIds.unique("hp-old");
        ledger.post(EntryRequest.builder("hash-power:" + reference, "hash power set to 3 MH/s")
                .move(
                        AccountRef.system(SystemAccount.HASHPOWER_ISSUANCE, Asset.HASHPOWER),
                        AccountRef.member(member, Asset.HASHPOWER, Bucket.AVAILABLE),
                        new BigDecimal("3"))
                .build());

        ApiClient.Response refused = post("{\"delta\":\"3\",\"reason\":\"x\",\"reference\":\"" + reference + "\"}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("reference_conflict");
        assertThat(hashPower()).isEqualByComparingTo("3");
        assertThat(adjustmentsOfMember()).isZero();
    }

    @Test
    void onlyOperationsAdjustsHashPower() {
        ApiClient finance = ApiClient.newOperator(port, "FINANCE");

        ApiClient.Response refused = finance.post(
                "/api/v1/members/" + member + "/mining/hash-power/adjustments",
                "{\"delta\":\"1\",\"reason\":\"x\",\"reference\":\"" + TestIds.unique("hp") + "\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(hashPower()).isZero();
    }

    private ApiClient.Response adjust(String bodyWithReference) {
        return post(bodyWithReference.formatted(TestIds.unique("hp")));
    }

    private ApiClient.Response post(String body) {
        return operations.post("/api/v1/members/" + member + "/mining/hash-power/adjustments", body);
    }

    private BigDecimal hashPower() {
        return ledger.balancesOf(member).of(Asset.HASHPOWER).available();
    }

    private long adjustmentsOfMember() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM mining_hash_power_adjustments WHERE member_id = ?", Long.class, member);
    }
}
