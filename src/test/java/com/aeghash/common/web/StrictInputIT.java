package com.aeghash.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Ledger;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.partner.internal.authentication.PartnerSigning;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.LogLines;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The input rules every endpoint shares (docs/modules/common.md, "Input"): enums take exactly their names, text
 * fields take only JSON strings, amounts only plain decimals, dates only {@code yyyy-MM-dd}, and a query string
 * with broken percent-encoding is a 400; each is a problem and leaves the ledger as it was.
 */
@IntegrationTest
class StrictInputIT {

    private static final String ADJUSTMENTS = "/api/v1/ledger/adjustments";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Ledger ledger;

    private ApiClient finance;
    private String member;

    @BeforeEach
    void setUp() {
        finance = ApiClient.newOperator(port, "FINANCE");
        member = OrganizationFixtures.registered(context, TestIds.member());
    }

    @ParameterizedTest(name = "asset {0}")
    @ValueSource(strings = {"3", "0", "\"3\"", "\" POINT \"", "\"POINT \"", "\"point\"", "\"\"", "true", "1.5"})
    void enumsTakeExactlyTheirNames(String asset) {
        ApiClient.Response response = adjust(
                "{\"memberId\":\"" + member + "\",\"asset\":" + asset + ",\"amount\":\"1\",\"reason\":\"fuzz\"}");

        assertRefused(response, "asset");
    }

    @ParameterizedTest(name = "amount {0}")
    @ValueSource(
            strings = {
                "\" 1 \"",
                "\"+1\"",
                "\".5\"",
                "\"1.\"",
                "\"1e2\"",
                "\"0x10\"",
                "\"1_000\"",
                "\"01\"",
                "\"\"",
                "1e2",
                "1E+2",
                "true",
                "\"1,5\""
            })
    void amountsArePlainDecimals(String amount) {
        ApiClient.Response response = adjust(
                "{\"memberId\":\"" + member + "\",\"asset\":\"POINT\",\"amount\":" + amount + ",\"reason\":\"fuzz\"}");

        assertRefused(response, "amount");
    }

    @Test
    void plainDecimalsAsStringsOrNumbersAreAmounts() {
        assertThat(adjust("{\"memberId\":\"" + member + "\",\"asset\":\"POINT\",\"amount\":\"1.5\",\"reason\":\"ok\"}")
                        .status())
                .isEqualTo(201);
        assertThat(adjust("{\"memberId\":\"" + member + "\",\"asset\":\"POINT\",\"amount\":-0.25,\"reason\":\"ok\"}")
                        .status())
                .isEqualTo(201);

        assertThat(ledger.balancesOf(member).of(Asset.POINT).available()).isEqualByComparingTo("1.25");
    }

    @ParameterizedTest(name = "memberId {0}")
    @ValueSource(strings = {"12345", "1.5", "true", "[\"a\"]", "{\"id\":\"a\"}"})
    void textFieldsTakeOnlyStrings(String memberId) {
        ApiClient.Response adjusted =
                adjust("{\"memberId\":" + memberId + ",\"asset\":\"POINT\",\"amount\":\"1\",\"reason\":\"fuzz\"}");
        ApiClient.Response registered =
                ApiClient.admin(port).post("/api/v1/members", "{\"memberId\":" + memberId + "}");

        assertRefused(adjusted, "memberId");
        assertThat(registered.status()).as(registered.body()).isEqualTo(400);
        assertThat(registered.json().path("field").asString()).isEqualTo("memberId");
    }

    @Test
    void brokenPercentEncodingInAQueryIsA400WithoutAnErrorLog() {
        try (LogLines log = LogLines.of(Logger.ROOT_LOGGER_NAME)) {
            ApiClient.Response audit = ApiClient.admin(port).get("/api/v1/audit?x=%FF");
            ApiClient.Response callback =
                    ApiClient.anonymous(port).post("/api/v1/callbacks/mblock/transit?callbackToken=%FF&x=%E0%A4", "{}");

            for (ApiClient.Response response : new ApiClient.Response[] {audit, callback}) {
                assertThat(response.status()).as(response.body()).isEqualTo(400);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.json().path("code").asString()).isEqualTo("malformed_query");
            }
            assertThat(log.errors()).isEmpty();
        }
    }

    @ParameterizedTest(name = "path {0}")
    @ValueSource(strings = {"/api/v1/members/%FF/balances", "/api/v1/members/%C0%AF", "/api/v1/callbacks/%FF"})
    void brokenPercentEncodingInAPathIsA400Problem(String path) {
        ApiClient.Response response = ApiClient.admin(port).get(path);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("code").asString()).isEqualTo("malformed_request");
    }

    @ParameterizedTest(name = "date {0}")
    @ValueSource(
            strings = {"\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"10000-01-01\"", "\"2026-1-1\"", "20260101"})
    void datesAreCalendarDatesOfFourDigitYears(String date) {
        ApiClient.Response response =
                ApiClient.newOperator(port, "OPERATIONS").post("/api/v1/mining/etl-runs", "{\"date\":" + date + "}");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("field").asString()).isEqualTo("date");
    }

    @ParameterizedTest(name = "path date {0}")
    @ValueSource(strings = {"%20", "+999999999-12-31", "2026-13-01", "x"})
    void aPathDateOutOfRangeIsA400(String date) {
        ApiClient.Response response = ApiClient.admin(port).get("/api/v1/mining/etl-runs/" + date);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("field").asString()).isEqualTo("date");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "memberId|{\"memberId\":12345,\"amount\":\"1\",\"reference\":\"r-1\"}",
                "amount|{\"memberId\":\"m-1\",\"amount\":\" 1 \",\"reference\":\"r-1\"}",
                "amount|{\"memberId\":\"m-1\",\"amount\":\"+1\",\"reference\":\"r-1\"}",
                "reference|{\"memberId\":\"m-1\",\"amount\":\"1\",\"reference\":true}"
            })
    void theSignedPartnerBodiesFollowTheSameRules(String fieldAndBody) {
        String field = fieldAndBody.substring(0, fieldAndBody.indexOf('|'));
        byte[] body = fieldAndBody.substring(field.length() + 1).getBytes(StandardCharsets.UTF_8);
        String path = "/api/aegmall/v1/hashpower";
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String nonce = TestIds.unique("nonce");
        String signature = PartnerSigning.version2Signature(
                "demo-secret-do-not-use-in-production-0001", "POST", path, timestamp, nonce, body);

        HttpResponse<String> response = ApiClient.anonymous(port)
                .exchange(HttpRequest.newBuilder(ApiClient.anonymous(port).uri(path))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .header("Content-Type", "application/json")
                        .header(PartnerSigning.KEY_HEADER, "demo-key-0001")
                        .header(PartnerSigning.TIMESTAMP_HEADER, timestamp)
                        .header(PartnerSigning.NONCE_HEADER, nonce)
                        .header(PartnerSigning.VERSION_HEADER, "2")
                        .header(PartnerSigning.SIGNATURE_HEADER, signature)
                        .header("Idempotency-Key", TestIds.unique("partner")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }

    private ApiClient.Response adjust(String body) {
        return finance.header("Idempotency-Key", TestIds.unique("strict")).post(ADJUSTMENTS, body);
    }

    private void assertRefused(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asString()).as(response.body()).isEqualTo(field);
        assertThat(ledger.balancesOf(member).of(Asset.POINT).available()).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
