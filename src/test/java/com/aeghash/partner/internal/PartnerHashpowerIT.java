package com.aeghash.partner.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Asset;
import com.aeghash.partner.internal.hashpower.HashpowerCreditService;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Hash-power credits through the JSON API and the legacy signed query API. */
@IntegrationTest
@WithTestPartners
class PartnerHashpowerIT extends PartnerApiTest {

    private static final String HASHPOWER = "/api/aegmall/v1/hashpower";

    @Test
    void hashpowerIsCreditedFromPartnerFundingUnderThePartnersReference() {
        String member = members.registered();
        String reference = TestIds.unique("hp");

        HttpResponse<String> response = credit(member, "12.5", reference, TestIds.unique("idem"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(json.readTree(response.body()).get("amount").stringValue()).isEqualTo("12.5");
        assertThat(ledger.balancesOf(member).of(Asset.HASHPOWER).available()).isEqualByComparingTo("12.5");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entries WHERE reference = :reference")
                        .param("reference", "partner-hashpower:shop:" + reference)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Autowired
    MeterRegistry meters;

    @Test
    void sameReferenceUnderAnotherKeyIsCreditedOnce() {
        String member = members.registered();
        String reference = TestIds.unique("hp");
        double creditsBefore = credits();
        HttpResponse<String> first = credit(member, "3", reference, TestIds.unique("idem"));

        HttpResponse<String> second = credit(member, "3.000", reference, TestIds.unique("idem"));
        HttpResponse<String> different = credit(member, "4", reference, TestIds.unique("idem"));

        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(different.statusCode()).isEqualTo(409);
        assertThat(code(different)).isEqualTo("reference_conflict");
        assertThat(ledger.balancesOf(member).of(Asset.HASHPOWER).available()).isEqualByComparingTo("3");
        assertThat(credits())
                .as("aeghash.partner.hashpower.credits counts the one credit")
                .isEqualTo(creditsBefore + 1);
    }

    private double credits() {
        Counter counter = meters.find(HashpowerCreditService.CREDITS_METRIC)
                .tags("partner", "shop", "source", "API")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void amountsWithMoreThanEightDecimalsOrAboveTheLimitAreRefused() {
        HttpResponse<String> tooPrecise =
                credit(members.registered(), "0.000000001", TestIds.unique("hp"), TestIds.unique("idem"));
        HttpResponse<String> tooLarge =
                credit(members.registered(), "1000.00000001", TestIds.unique("hp"), TestIds.unique("idem"));

        assertThat(tooPrecise.statusCode()).isEqualTo(400);
        assertThat(json.readTree(tooPrecise.body()).get("field").stringValue()).isEqualTo("amount");
        assertThat(tooLarge.statusCode()).isEqualTo(422);
        assertThat(code(tooLarge)).isEqualTo("amount_limit_exceeded");
    }

    @Test
    void unregisteredMemberIsRefusedAndTheRefusalIsReplayed() {
        String member = TestIds.member();
        String reference = TestIds.unique("hp");
        String key = TestIds.unique("idem");

        HttpResponse<String> refused = credit(member, "5", reference, key);
        HttpResponse<String> replayed = credit(member, "5", reference, key);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(code(refused)).isEqualTo("unknown_member");
        assertThat(replayed.statusCode()).isEqualTo(422);
        assertThat(replayed.body()).isEqualTo(refused.body());
        assertThat(replayed.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(keyResponse(key)).isEqualTo("COMPLETED:422");
        assertThat(eventResponses(key)).containsExactly("422:unknown_member", "422:unknown_member");
        assertThat(ledger.balancesOf(member).of(Asset.HASHPOWER).available()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM partner_hashpower_accruals WHERE reference = :reference")
                        .param("reference", reference)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void legacyCallForAnUnregisteredMemberIsRefusedAndReplayedOnTheSameNonce() {
        String member = TestIds.member();
        Map<String, String> parameters = legacyParameters(member, "2");
        parameters.put("nonce", TestIds.unique("nonce"));

        HttpResponse<String> refused = client.legacy(TestPartners.SHOP, parameters);
        HttpResponse<String> replayed = client.legacy(TestPartners.SHOP, parameters);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(code(refused)).isEqualTo("unknown_member");
        assertThat(replayed.statusCode()).isEqualTo(422);
        assertThat(replayed.body()).isEqualTo(refused.body());
        assertThat(replayed.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(keyResponse(PartnerCommands.LEGACY_KEY_PREFIX + parameters.get("nonce")))
                .isEqualTo("COMPLETED:422");
        assertThat(ledger.balancesOf(member).of(Asset.HASHPOWER).available()).isZero();
    }

    @Test
    void legacyQueryCallCreditsHashpower() {
        String member = members.registered();

        HttpResponse<String> response = client.legacy(TestPartners.SHOP, legacyParameters(member, "2.25"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("status").stringValue()).isEqualTo("credited");
        assertThat(ledger.balancesOf(member).of(Asset.HASHPOWER).available()).isEqualByComparingTo("2.25");
    }

    @Test
    void repeatedLegacyCallIsIdempotentOnFromAndNonce() {
        String member = members.registered();
        Map<String, String> parameters = legacyParameters(member, "2");
        parameters.put("nonce", TestIds.unique("nonce"));
        parameters.put("ts", Long.toString(Instant.now().getEpochSecond()));

        HttpResponse<String> first = client.legacy(TestPartners.SHOP, parameters);
        HttpResponse<String> sameUrl = client.legacy(TestPartners.SHOP, parameters);
        Map<String, String> resigned = new LinkedHashMap<>(parameters);
        resigned.put("ts", Long.toString(Instant.now().getEpochSecond() - 5));
        HttpResponse<String> newTimestamp = client.legacy(TestPartners.SHOP, resigned);
        Map<String, String> otherAmount = new LinkedHashMap<>(parameters);
        otherAmount.put("hash", "3");
        HttpResponse<String> conflicting = client.legacy(TestPartners.SHOP, otherAmount);

        assertThat(first.statusCode()).isEqualTo(200);
        for (HttpResponse<String> replay : List.of(sameUrl, newTimestamp)) {
            assertThat(replay.statusCode()).isEqualTo(200);
            assertThat(replay.body()).isEqualTo(first.body());
            assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        }
        assertThat(conflicting.statusCode()).isEqualTo(409);
        assertThat(code(conflicting)).isEqualTo("idempotency_conflict");
        assertThat(ledger.balancesOf(member).of(Asset.HASHPOWER).available()).isEqualByComparingTo("2");
    }

    @Test
    void legacyCallsWithBadCredentialsAreRejected() {
        String member = members.registered();
        Map<String, String> badSignature = legacyParameters(member, "1");
        badSignature.put("sig", "0".repeat(64));
        Map<String, String> otherPartner = legacyParameters(member, "1");
        otherPartner.put("from", "faraway");
        Map<String, String> stale = legacyParameters(member, "1");
        stale.put("ts", Long.toString(Instant.now().getEpochSecond() - 600));

        for (Map<String, String> parameters : List.of(badSignature, otherPartner, stale)) {
            HttpResponse<String> response = client.legacy(TestPartners.SHOP, parameters);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(code(response)).isEqualTo("invalid_signature");
        }
        assertThat(ledger.balancesOf(member).of(Asset.HASHPOWER).available()).isZero();
    }

    private HttpResponse<String> credit(String member, String amount, String reference, String key) {
        String body = "{\"memberId\":\"" + member + "\",\"amount\":\"" + amount + "\",\"app\":\"miner\","
                + "\"reference\":\"" + reference + "\"}";
        return client.post(TestPartners.SHOP, HASHPOWER, body, key).send();
    }

    private static Map<String, String> legacyParameters(String member, String hash) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("from", "shop");
        parameters.put("uid", member);
        parameters.put("app", "miner");
        parameters.put("hash", hash);
        return parameters;
    }

    private String keyResponse(String idempotencyKey) {
        return jdbc.sql("SELECT status || ':' || response_status FROM idempotency_keys WHERE scope = 'partner:shop'"
                        + " AND claim_key = :key")
                .param("key", idempotencyKey)
                .query(String.class)
                .single();
    }

    private List<String> eventResponses(String idempotencyKey) {
        return jdbc.sql("SELECT response_status || ':' || outcome_code FROM partner_inbound_events"
                        + " WHERE idempotency_key = :key ORDER BY id")
                .param("key", idempotencyKey)
                .query(String.class)
                .list();
    }
}
