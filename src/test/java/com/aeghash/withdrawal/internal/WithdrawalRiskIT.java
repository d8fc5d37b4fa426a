package com.aeghash.withdrawal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.SqlTimes;
import com.aeghash.notification.Alert;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.TestIds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@WithdrawalIntegrationTest
class WithdrawalRiskIT extends WithdrawalApiTestBase {

    private static final String COIN_ADDRESS = "D7Y55r6Yoc1G8EECxkQ6SuSjTgGJJ7M6yD";

    @Autowired
    JdbcClient jdbc;

    @Test
    void blockedIpCancelsTheWithdrawalAtOnceReleasesTheHoldAndAlerts() {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        api.fund(member, "POINT", "100");

        ApiClient.Response response = api.request(member, "POINT", "10", ",\"ipAddress\":\"203.0.113.7\"");

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().path("code").asString()).isEqualTo("risk_rejected");
        long id = response.json().path("withdrawalId").asLong();
        assertThat(response.json().path("reasons").get(0).asString()).contains("203.0.113.0/24");
        JsonNode withdrawal = api.withdrawal(id);
        assertThat(withdrawal.path("status").asString()).isEqualTo("cancelled");
        assertThat(withdrawal.path("decidedBy").asString()).isEqualTo("risk-system");
        JsonNode cancelled = api.auditEntry(id, "cancelled");
        assertThat(cancelled.path("actor").asString()).isEqualTo("risk-system");
        assertThat(cancelled.path("notes").asString()).contains("blocked network 203.0.113.0/24");
        assertThat(cancelled.path("metadata").path("ip_address").asString()).startsWith("block:");
        assertThat(api.available(member, "POINT")).isEqualByComparingTo("100");
        assertThat(api.held(member, "POINT")).isZero();
        assertThat(riskEvents(member, "block")).hasSize(1);
        assertThat(alerts.about(member)).extracting(Alert::title).contains("Withdrawal risk block: ip_address");
    }

    @Test
    void blockedIpv6NetworkIsRecognisedInAnyNotation() {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        api.fund(member, "POINT", "100");

        ApiClient.Response response =
                api.request(member, "POINT", "10", ",\"ipAddress\":\"2001:0db8:0bad:0000:0000:0000:0000:0001\"");

        assertThat(response.json().path("code").asString()).isEqualTo("risk_rejected");
    }

    @Test
    void retryOfARiskRejectedRequestGetsTheSameRejection() {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        api.fund(member, "POINT", "100");
        String key = TestIds.unique("blocked");

        ApiClient.Response first = api.request(key, member, "POINT", "10", ",\"ipAddress\":\"203.0.113.9\"");
        ApiClient.Response retry = api.request(key, member, "POINT", "10", ",\"ipAddress\":\"203.0.113.9\"");

        assertThat(retry.status()).isEqualTo(422);
        assertThat(retry.json().path("withdrawalId").asLong())
                .isEqualTo(first.json().path("withdrawalId").asLong());
        assertThat(retry.json().path("reasons")).isEqualTo(first.json().path("reasons"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(api.available(member, "POINT")).isEqualByComparingTo("100");
    }

    @Test
    void amountAtTheReviewLimitIsFlaggedAndStaysAwaitingApproval() {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        api.fund(member, "DOGE", "3000");

        ApiClient.Response response = api.request(member, "DOGE", "1000", ",\"deviceId\":\"known-phone\"");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("status").asString()).isEqualTo("pending");
        assertThat(response.json().path("flagged").asBoolean()).isTrue();
        long id = response.json().path("id").asLong();
        assertThat(api.auditActions(id)).containsExactly("requested", "flagged");
        JsonNode flagged = api.auditEntry(id, "flagged");
        assertThat(flagged.path("notes").asString()).contains("at or above the review limit 1000");
        assertThat(flagged.path("metadata").path("amount_limit").asString()).startsWith("review:");
        assertThat(riskEvents(member, "review"))
                .extracting(event -> event.path("rule").asString())
                .contains("amount_limit");
        assertThat(api.held(member, "DOGE")).isEqualByComparingTo("1000");
    }

    @Test
    void everyDeviceIsUpsertedWithFirstAndLastSeen() {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        api.fund(member, "POINT", "100");

        api.requested(member, "POINT", "1");
        ApiClient.Response first = api.request(member, "POINT", "1", ",\"deviceId\":\"phone-1\"");
        Instant firstSeen = deviceTimes(member, "phone-1")[0];
        ApiClient.Response second = api.request(member, "POINT", "1", ",\"deviceId\":\"phone-1\"");
        Instant[] times = deviceTimes(member, "phone-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(times[0]).isEqualTo(firstSeen);
        assertThat(times[1]).isAfterOrEqualTo(firstSeen);
        assertThat(riskEvents(member, "info"))
                .extracting(event -> event.path("message").asString())
                .containsExactly("first withdrawal from new device phone-1");
    }

    @Test
    void largeWithdrawalFromANewDeviceIsFlagged() {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        api.fund(member, "DOGE", "2000");

        ApiClient.Response response = api.request(member, "DOGE", "600", ",\"deviceId\":\"new-tablet\"");

        assertThat(response.json().path("flagged").asBoolean()).isTrue();
        assertThat(api.auditEntry(response.json().path("id").asLong(), "flagged")
                        .path("metadata")
                        .path("new_device")
                        .asString())
                .contains("new device new-tablet");
    }

    @Test
    void destinationsMustBeWhitelistedAndPastTheCoolingPeriod() {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        api.fund(member, "DOGE", "300");
        String fresh = COIN_ADDRESS.substring(0, 30) + "fres";

        ApiClient.Response unknownAddress =
                api.request(member, "DOGE", "10", ",\"destination\":\"" + COIN_ADDRESS + "\"");
        ApiClient.Response registered = api.as(api.memberApp)
                .post(
                        "/api/v1/members/" + member + "/withdrawal-addresses",
                        "{\"asset\":\"DOGE\",\"address\":\"" + fresh + "\",\"label\":\"wallet\"}");
        ApiClient.Response tooSoon = api.request(member, "DOGE", "10", ",\"destination\":\"" + fresh + "\"");
        registerLongAgo(member, COIN_ADDRESS);
        ApiClient.Response allowed = api.request(member, "DOGE", "10", ",\"destination\":\"" + COIN_ADDRESS + "\"");

        assertThat(unknownAddress.json().path("reasons").get(0).asString())
                .contains("not a registered withdrawal address");
        assertThat(registered.status()).isEqualTo(201);
        assertThat(tooSoon.json().path("code").asString()).isEqualTo("risk_rejected");
        assertThat(tooSoon.json().path("reasons").get(0).asString()).contains("usable from");
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(201);
        assertThat(allowed.json().path("destination").asString()).isEqualTo(COIN_ADDRESS);
        assertThat(api.held(member, "DOGE")).isEqualByComparingTo("10");
    }

    @Test
    void velocityOverTheLimitWithinTheWindowIsFlagged() {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        api.fund(member, "DOGE", "5000");
        api.request(member, "DOGE", "1", ",\"deviceId\":\"phone\"");
        for (int index = 0; index < 3; index++) {
            ApiClient.Response allowed = api.request(member, "DOGE", "900", ",\"deviceId\":\"phone\"");
            assertThat(allowed.json().path("flagged").asBoolean())
                    .as("withdrawal %d", index)
                    .isFalse();
        }

        ApiClient.Response fourth = api.request(member, "DOGE", "900", ",\"deviceId\":\"phone\"");

        assertThat(fourth.json().path("flagged").asBoolean()).isTrue();
        assertThat(api.auditEntry(fourth.json().path("id").asLong(), "flagged")
                        .path("notes")
                        .asString())
                .contains("withdrawals of 3601 DOGE within 24h exceed the review limit 3000");
    }

    @Test
    void addressRegistrationIsIdempotentValidatedAndListed() {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        String address = "0x" + "Ab".repeat(20);

        ApiClient.Response first = api.as(api.memberApp)
                .post(
                        "/api/v1/members/" + member + "/withdrawal-addresses",
                        "{\"asset\":\"POINT\",\"address\":\"" + address + "\"}");
        ApiClient.Response again = api.as(api.memberApp)
                .post(
                        "/api/v1/members/" + member + "/withdrawal-addresses",
                        "{\"asset\":\"POINT\",\"address\":\"" + address.toLowerCase() + "\"}");
        ApiClient.Response invalid = api.as(api.memberApp)
                .post(
                        "/api/v1/members/" + member + "/withdrawal-addresses",
                        "{\"asset\":\"POINT\",\"address\":\"0xnothex\"}");
        ApiClient.Response list = api.as(api.finance).get("/api/v1/members/" + member + "/withdrawal-addresses");

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("registeredAt").asString())
                .isEqualTo(first.json().path("registeredAt").asString());
        assertThat(first.json().path("address").asString()).isEqualTo(address.toLowerCase());
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("field").asString()).isEqualTo("address");
        assertThat(list.json().size()).isEqualTo(1);
    }

    @Test
    void riskEventsAreListedForOperatorsOnly() {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        api.fund(member, "POINT", "100");
        api.request(member, "POINT", "10", ",\"ipAddress\":\"203.0.113.1\"");

        ApiClient.Response forFinance = api.as(api.finance).get("/api/v1/risk/events?memberId=" + member);
        ApiClient.Response forApp = api.as(api.memberApp).get("/api/v1/risk/events?memberId=" + member);
        ApiClient.Response badSeverity = api.admin().get("/api/v1/risk/events?severity=severe");

        JsonNode event = forFinance.json().path("items").get(0);
        assertThat(event.path("rule").asString()).isEqualTo("ip_address");
        assertThat(event.path("severity").asString()).isEqualTo("block");
        assertThat(event.path("subject").asString()).startsWith("withdrawal:");
        assertThat(event.path("attributes").path("ipAddress").asString()).isEqualTo("203.0.113.1");
        assertThat(forApp.status()).isEqualTo(403);
        assertThat(badSeverity.status()).isEqualTo(400);
    }

    private List<JsonNode> riskEvents(String member, String severity) {
        JsonNode items = api.admin()
                .get("/api/v1/risk/events?memberId=" + member + "&severity=" + severity)
                .json()
                .path("items");
        List<JsonNode> events = new ArrayList<>();
        items.forEach(events::add);
        return events;
    }

    /** First and last seen of the member's device, read as operators do ({@code GET .../devices}). */
    private Instant[] deviceTimes(String member, String device) {
        ApiClient.Response devices = api.admin().get("/api/v1/members/" + member + "/devices");
        assertThat(devices.status()).isEqualTo(200);
        for (JsonNode known : devices.json().path("items")) {
            if (known.path("deviceId").asString().equals(device)) {
                return new Instant[] {
                    Instant.parse(known.path("firstSeenAt").asString()),
                    Instant.parse(known.path("lastSeenAt").asString())
                };
            }
        }
        throw new AssertionError(member + " has no device " + device + ": " + devices.body());
    }

    private void registerLongAgo(String member, String address) {
        jdbc.sql("""
                INSERT INTO withdrawal_addresses (member_id, asset, address, label, registered_at, registered_by)
                VALUES (?, 'DOGE', ?, 'old wallet', ?, 'test')""")
                .params(member, address, SqlTimes.utc(Instant.now().minus(Duration.ofDays(2))))
                .update();
    }
}
