package com.aeghash.mining.internal.hashdam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.headerDoesNotExist;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withException;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import com.aeghash.common.Secret;
import com.aeghash.common.VendorOutcome;
import com.aeghash.common.metrics.VendorCallMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/**
 * The client against the JSON shapes of HashDam's API: the request it sends, each
 * answer it reads (success, every error form, paging, missing and extra fields) and how it fails.
 */
class HashDamClientContractTest {

    private static final URI BASE = URI.create("https://api.pool.hashdam.test/v1");
    private static final String KEY = "contract-test-key-7a1e";
    private final AtomicInteger baseUrlReads = new AtomicInteger();
    private final RestClient.Builder builder = RestClient.builder();
    private final MockRestServiceServer server =
            MockRestServiceServer.bindTo(builder).build();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final HashDamClient client = new HashDamClient(
            builder.build(),
            () -> {
                baseUrlReads.incrementAndGet();
                return BASE;
            },
            Secret.of(KEY),
            new VendorCallMetrics(meters, "hashdam"));

    @AfterEach
    void everyExpectedCallWasMade() {
        server.verify();
    }

    @Test
    void everyCallIsAJsonPostWithTheKeyHeaderAndTheMethodInTheBody() {
        server.expect(requestTo(BASE))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header("X-HASHDAM-Key", KEY))
                .andExpect(jsonPath("$.method").value("projectInfo"))
                .andRespond(success("""
                        {"projectName":"aeghash","coinExAccount":"acct-1","createAt":1735689600000}"""));

        ProjectInfo info = client.projectInfo();

        assertThat(info).isEqualTo(new ProjectInfo("aeghash", "acct-1", Instant.parse("2025-01-01T00:00:00Z")));
        assertThat(baseUrlReads).hasValue(1);
        assertThat(meters.get(VendorCallMetrics.CALLS)
                        .tags("vendor", "hashdam", "method", "projectInfo", "outcome", "SUCCEEDED")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void withoutAConfiguredKeyNoKeyHeaderIsSent() {
        RestClient.Builder keyless = RestClient.builder();
        MockRestServiceServer keylessServer =
                MockRestServiceServer.bindTo(keyless).build();
        keylessServer
                .expect(headerDoesNotExist("X-HASHDAM-Key"))
                .andRespond(success("{\"date\":\"2026-03-01\",\"credit\":\"10\",\"power\":\"2.5\"}"));

        HashBalance balance = new HashDamClient(
                        keyless.build(), () -> BASE, null, new VendorCallMetrics(meters, "hashdam"))
                .hashBalance();

        assertThat(balance)
                .isEqualTo(new HashBalance(LocalDate.parse("2026-03-01"), new BigDecimal("10"), new BigDecimal("2.5")));
        keylessServer.verify();
    }

    @Test
    void writesSendTheirFieldsAsDecimalStrings() {
        server.expect(jsonPath("$.method").value("assetWithdrawRequest"))
                .andExpect(jsonPath("$.coin").value("LTC"))
                .andExpect(jsonPath("$.amount").value("0.00012345"))
                .andRespond(success("{\"withdrawId\":\"W-1\",\"coin\":\"LTC\",\"amount\":\"0.00012345\"}"));
        server.expect(jsonPath("$.method").value("hashCreditCharge"))
                .andExpect(jsonPath("$.amount").value("100"))
                .andExpect(jsonPath("$.from").value("0xabc"))
                .andRespond(success("""
                        {"chargeId":"C-1","address":"0xdead","amount":"100","price":"1","coin":"USDT"}"""));
        server.expect(jsonPath("$.method").value("hashPowerSwap"))
                .andExpect(jsonPath("$.amount").value("50"))
                .andRespond(success("{\"swapId\":\"S-1\",\"amount\":\"50\",\"credit\":\"950\",\"power\":\"100\"}"));

        assertThat(client.assetWithdrawRequest("LTC", new BigDecimal("0.000123450"))
                        .withdrawId())
                .isEqualTo("W-1");
        assertThat(client.hashCreditCharge(new BigDecimal("100"), "0xabc").address())
                .isEqualTo("0xdead");
        assertThat(client.hashPowerSwap(new BigDecimal("50")).power()).isEqualByComparingTo("100");
    }

    @Test
    void dailyFiguresAreReadPerCoinWithoutLosingDecimals() {
        server.expect(jsonPath("$.method").value("profitDailyMega"))
                .andExpect(jsonPath("$.date").value("2026-02-28"))
                .andRespond(success("""
                        {"date":"2026-02-28","profit":{"LTC":{"total":"0.000021234567891234","price":"85.1"},
                         "DOGE":{"total":0.123456789012345678,"price":"0.16"},"NEWCOIN":{"total":"1"}},
                         "unexpected":"ignored"}"""));
        server.expect(jsonPath("$.method").value("hashRateDaily"))
                .andExpect(jsonPath("$.date").doesNotExist())
                .andRespond(success("""
                        {"date":"2026-02-28","hashRate":"50000000000","hashRateMega":"50000","efficiency":"99.1",
                         "reject":"0.9"}"""));

        DailyProfit profit = client.profitDailyMega(LocalDate.parse("2026-02-28"));
        HashRateDaily rate = client.hashRateDaily(null);

        assertThat(profit.profits().get("LTC").total()).isEqualTo(new BigDecimal("0.000021234567891234"));
        assertThat(profit.profits().get("DOGE").total()).isEqualTo(new BigDecimal("0.123456789012345678"));
        assertThat(profit.profits().get("NEWCOIN").price()).isNull();
        assertThat(rate.hashRateMega()).isEqualByComparingTo("50000");
    }

    @Test
    void recentRatesAndAssetBalancesAreRead() {
        server.expect(jsonPath("$.method").value("hashRateRecently")).andRespond(success("""
                {"timestamp":1772323200000,"hashRate24h":"1.5","hashRate1h":"1.4","hashRate10m":"1.6",
                 "efficiency":"98","reject":"2"}"""));
        server.expect(jsonPath("$.method").value("hashRateRecentlyMega")).andRespond(success("""
                {"timestamp":"1772323200000","hashRate24h":"1","hashRate1h":"0.9","hashRate10m":"1.1",
                 "efficiency":"98","reject":"2"}"""));
        server.expect(jsonPath("$.method").value("assetBalance")).andRespond(success("""
                {"LTC":{"balance":"10.5","available":"9"},"DOGE":{"balance":"0","available":"0"}}"""));

        assertThat(client.hashRateRecently().measuredAt()).isEqualTo(Instant.ofEpochMilli(1772323200000L));
        assertThat(client.hashRateRecentlyMega().hashRate1h()).isEqualByComparingTo("0.9");
        assertThat(client.assetBalance().coins()).containsKeys("LTC", "DOGE");
    }

    @Test
    void historiesArePagedWithTheVendorsPagingFields() {
        server.expect(jsonPath("$.method").value("assetWithdrawHistory"))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.limit").value(100))
                .andExpect(jsonPath("$.sort").value(true))
                .andExpect(jsonPath("$.startDate").value("2026-03-01"))
                .andExpect(jsonPath("$.endDate").value("2026-03-02"))
                .andExpect(jsonPath("$.coin").value("DOGE"))
                .andExpect(jsonPath("$.withdrawId").doesNotExist())
                .andRespond(withSuccess("""
                        {"code":0,"message":"success","data":[
                          {"withdrawId":"W-9","coin":"DOGE","amount":"5","fee":"0.005","address":"coinex",
                           "type":"withdraw","status":"completed","createAt":1772323200000,
                           "updateAt":1772323260000,"extra":1},
                          {"withdrawId":"W-8","coin":"DOGE","amount":"4","fee":"0","address":"coinex","type":"withdraw",
                           "message":"on hold","status":"pending","createAt":1772323100000}],
                         "pagination":{"totalPage":3,"total":202,"currentPage":2,"count":2,"hasNext":true}}""", MediaType.APPLICATION_JSON));

        HashDamPage<WithdrawEntry> page = client.assetWithdrawHistory(
                new HistoryQuery(2, 100, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-02"), true),
                "DOGE",
                null);

        assertThat(page.pagination()).isEqualTo(new Pagination(3, 202, 2, 2, true));
        assertThat(page.items()).extracting(WithdrawEntry::withdrawId).containsExactly("W-9", "W-8");
        assertThat(page.items().get(0).updatedAt()).isEqualTo(Instant.ofEpochMilli(1772323260000L));
        assertThat(page.items().get(1).updatedAt()).isNull();
        assertThat(page.items().get(1).message()).isEqualTo("on hold");
    }

    @Test
    void chargeAndSwapHistoriesReadTheirOptionalFields() {
        server.expect(jsonPath("$.chargeId").value("C-1")).andRespond(withSuccess("""
                {"code":0,"data":[{"chargeId":"C-1","to":"0xdead","amount":"100","price":"1","coin":"USDT",
                  "status":"pending","createAt":1772323200000}],
                 "pagination":{"totalPage":1,"total":1,"currentPage":1,"count":1,"hasNext":false}}""", MediaType.APPLICATION_JSON));
        server.expect(jsonPath("$.method").value("hashPowerSwapHistory"))
                .andRespond(withSuccess("""
                {"code":0,"data":[{"swapId":"S-1","amount":"50","power":"100","setDate":"2026-03-01",
                  "endDate":"2027-03-01","period":"1","status":"completed","createAt":1772323200000}],
                 "pagination":{"totalPage":1,"total":1,"currentPage":1,"count":1,"hasNext":false}}""", MediaType.APPLICATION_JSON));

        HashCreditChargeEntry charge = client.hashCreditChargeHistory(HistoryQuery.defaults(), "C-1")
                .items()
                .get(0);
        HashPowerSwapEntry swap = client.hashPowerSwapHistory(HistoryQuery.defaults(), null)
                .items()
                .get(0);

        assertThat(charge.from()).isNull();
        assertThat(charge.credit()).isNull();
        assertThat(swap.periodYears()).isEqualTo(1);
        assertThat(swap.credit()).isNull();
        assertThat(swap.endDate()).isEqualTo(LocalDate.parse("2027-03-01"));
    }

    @Test
    void aVendorErrorEnvelopeIsADefiniteFailureCarryingTheVendorsText() {
        server.expect(jsonPath("$.method").value("assetWithdrawRequest"))
                .andRespond(withSuccess(
                        "{\"code\":1,\"message\":\"Not found or Unsupported coin symbol\"}",
                        MediaType.APPLICATION_JSON));

        assertThatThrownBy(() -> client.assetWithdrawRequest("XYZ", BigDecimal.ONE))
                .isInstanceOfSatisfying(HashDamNotExecutedException.class, failure -> {
                    assertThat(failure.outcome()).isEqualTo(VendorOutcome.FAILED_DEFINITE);
                    assertThat(failure.vendorMessage()).isEqualTo("Not found or Unsupported coin symbol");
                    assertThat(failure.method()).isEqualTo("assetWithdrawRequest");
                });
    }

    @Test
    void aRefusedConnectionIsDefiniteAndATimeoutOrA5xxIsUnknown() {
        server.expect(jsonPath("$.method").value("hashBalance"))
                .andRespond(withException(new ConnectException("Connection refused")));
        server.expect(jsonPath("$.method").value("hashBalance"))
                .andRespond(withException(new SocketTimeoutException("Read timed out")));
        server.expect(jsonPath("$.method").value("hashBalance")).andRespond(withStatus(HttpStatus.BAD_GATEWAY));

        assertThatThrownBy(client::hashBalance).isInstanceOf(HashDamNotExecutedException.class);
        assertThatThrownBy(client::hashBalance).isInstanceOf(HashDamOutcomeUnknownException.class);
        assertThatThrownBy(client::hashBalance)
                .isInstanceOf(HashDamOutcomeUnknownException.class)
                .hasMessageContaining("HTTP 502")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void anAcceptedWriteWhoseDataIsMissingAFieldIsUnknown() {
        server.expect(jsonPath("$.method").value("assetWithdrawRequest"))
                .andRespond(success("{\"coin\":\"LTC\",\"amount\":\"1\"}"));
        server.expect(jsonPath("$.method").value("hashBalance"))
                .andRespond(success("{\"date\":\"not-a-date\",\"credit\":\"1\",\"power\":\"1\"}"));
        server.expect(jsonPath("$.method").value("assetBalance"))
                .andRespond(success("{\"LTC\":{\"balance\":\"NaN\",\"available\":\"1\"}}"));

        assertThatThrownBy(() -> client.assetWithdrawRequest("LTC", BigDecimal.ONE))
                .isInstanceOf(HashDamOutcomeUnknownException.class)
                .hasMessageContaining("withdrawId is missing");
        assertThatThrownBy(client::hashBalance)
                .isInstanceOf(HashDamOutcomeUnknownException.class)
                .hasMessageContaining("date");
        assertThatThrownBy(client::assetBalance)
                .isInstanceOf(HashDamOutcomeUnknownException.class)
                .hasMessageContaining("balance");
    }

    private static org.springframework.test.web.client.ResponseCreator success(String data) {
        return withSuccess("{\"code\":0,\"data\":" + data + ",\"message\":\"success\"}", MediaType.APPLICATION_JSON);
    }
}
