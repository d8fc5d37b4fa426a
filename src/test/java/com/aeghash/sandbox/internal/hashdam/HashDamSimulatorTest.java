package com.aeghash.sandbox.internal.hashdam;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.Secret;
import com.aeghash.testsupport.MutableClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The simulated vendor against its contract: keys, deterministic daily data, withdrawals over time, paging. */
class HashDamSimulatorTest {

    private static final String KEY = "simulator-test-key-5b2c";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));
    private final HashDamSimulator simulator = simulator(Secret.of(KEY), List.of());

    @Test
    void aConfiguredKeyMustBePresentedAndMatch() {
        assertThat(call(null, "{\"method\":\"hashBalance\"}")).containsEntry("message", "Not Found API Key");
        assertThat(call("wrong-key", "{\"method\":\"hashBalance\"}")).containsEntry("message", "Invalid API Key");
        assertThat(call(KEY, "{\"method\":\"hashBalance\"}")).containsEntry("code", 0);
        assertThat(call(KEY, "{\"method\":\"transferEverything\"}")).containsEntry("message", "No API Permission");
    }

    @Test
    void withoutAConfiguredKeyCallsWithoutAKeyAreAccepted() {
        HashDamSimulator keyless = simulator(null, List.of());

        assertThat(keyless.handle(null, "10.0.0.1", JSON.readTree("{\"method\":\"projectInfo\"}")))
                .containsEntry("code", 0);
    }

    @Test
    void aKeyBoundToAddressesRefusesOtherCallers() {
        HashDamSimulator bound = simulator(Secret.of(KEY), List.of("203.0.113.10"));

        assertThat(bound.handle(KEY, "198.51.100.7", JSON.readTree("{\"method\":\"hashBalance\"}")))
                .containsEntry("message", "Invalid access from an unauthorized IP Address");
        assertThat(bound.handle(KEY, "203.0.113.10", JSON.readTree("{\"method\":\"hashBalance\"}")))
                .containsEntry("code", 0);
    }

    @Test
    void dailyFiguresDependOnTheDateOnlyAndAreConsistentWithEachOther() {
        HashDamSimulator other = simulator(Secret.of(KEY), List.of());
        String date = "2024-02-29";

        Map<String, Object> perMega = data(call(KEY, dated("profitDailyMega", date)));
        Map<String, Object> project = data(call(KEY, dated("profitDaily", date)));
        Map<String, Object> rate = data(call(KEY, dated("hashRateDaily", date)));

        assertThat(other.handle(KEY, "127.0.0.1", JSON.readTree(dated("profitDailyMega", date)))
                        .get("data"))
                .isEqualTo(perMega);
        assertThat(data(call(KEY, dated("profitDailyMega", "2024-03-01")))).isNotEqualTo(perMega);
        BigDecimal hashRateMega = new BigDecimal((String) rate.get("hashRateMega"));
        assertThat(new BigDecimal((String) rate.get("hashRate")))
                .isEqualByComparingTo(hashRateMega.multiply(BigDecimal.valueOf(1_000_000)));
        for (String coin : coins(perMega).keySet()) {
            BigDecimal expected = total(perMega, coin).multiply(hashRateMega).setScale(12, RoundingMode.DOWN);
            assertThat(total(project, coin)).as(coin).isEqualByComparingTo(expected);
        }
    }

    @Test
    void aDaysFiguresArePublishedFromTheNextDayOn() {
        assertThat(call(KEY, dated("profitDaily", "2026-03-10"))).containsEntry("message", "Data is not available yet");
        assertThat(data(call(KEY, "{\"method\":\"profitDaily\"}"))).containsEntry("date", "2026-03-09");
        clock.set(Instant.parse("2026-03-11T00:00:00Z"));
        assertThat(data(call(KEY, dated("profitDaily", "2026-03-10")))).containsEntry("date", "2026-03-10");
        assertThat(call(KEY, dated("profitDaily", "2026-3-10"))).containsEntry("message", "Invalid date");
    }

    @Test
    void aWithdrawalIsPendingUntilTheCompletionDelayHasPassed() {
        Map<String, Object> accepted =
                data(call(KEY, "{\"method\":\"assetWithdrawRequest\",\"coin\":\"LTC\",\"amount\":\"0.5\"}"));
        String withdrawId = (String) accepted.get("withdrawId");
        String lookUp = "{\"method\":\"assetWithdrawHistory\",\"withdrawId\":\"" + withdrawId + "\"}";

        assertThat(onlyRow(call(KEY, lookUp)))
                .containsEntry("status", "pending")
                .doesNotContainKey("updateAt");
        clock.advance(Duration.ofSeconds(59));
        assertThat(onlyRow(call(KEY, lookUp))).containsEntry("status", "pending");
        clock.advance(Duration.ofSeconds(1));
        assertThat(onlyRow(call(KEY, lookUp)))
                .containsEntry("status", "completed")
                .containsKey("updateAt");
        assertThat(simulator.withdrawalCount()).isEqualTo(1);
    }

    @Test
    void withdrawalsAreRefusedWithTheVendorsTexts() {
        assertThat(call(KEY, "{\"method\":\"assetWithdrawRequest\",\"coin\":\"BTC\",\"amount\":\"1\"}"))
                .containsEntry("message", "Not found or Unsupported coin symbol");
        assertThat(call(KEY, "{\"method\":\"assetWithdrawRequest\",\"coin\":\"LTC\",\"amount\":\"-1\"}"))
                .containsEntry("message", "Invalid amount");
        assertThat(call(KEY, "{\"method\":\"assetWithdrawRequest\",\"coin\":\"LTC\",\"amount\":\"99999999\"}"))
                .containsEntry("message", "Insufficient balance");
        assertThat(simulator.withdrawalCount()).isZero();
    }

    @Test
    void aWithdrawalReducesWhatIsAvailableAtOnceAndTheBalanceWhenCompleted() {
        BigDecimal before = assetFigure("LTC", "available");

        call(KEY, "{\"method\":\"assetWithdrawRequest\",\"coin\":\"LTC\",\"amount\":\"0.25\"}");

        assertThat(assetFigure("LTC", "available")).isEqualByComparingTo(before.subtract(new BigDecimal("0.25")));
        assertThat(assetFigure("LTC", "balance")).isEqualByComparingTo(before);
        clock.advance(Duration.ofMinutes(1));
        assertThat(assetFigure("LTC", "balance")).isEqualByComparingTo(before.subtract(new BigDecimal("0.25")));
    }

    @Test
    void historiesArePagedAndSortedPerContract() {
        for (int index = 1; index <= 25; index++) {
            call(KEY, "{\"method\":\"assetWithdrawRequest\",\"coin\":\"DOGE\",\"amount\":\"" + index + "\"}");
            clock.advance(Duration.ofSeconds(1));
        }

        Map<String, Object> first = call(KEY, "{\"method\":\"assetWithdrawHistory\"}");
        Map<String, Object> third = call(KEY, "{\"method\":\"assetWithdrawHistory\",\"page\":3,\"sort\":false}");

        assertThat(rows(first)).hasSize(10);
        assertThat(rows(first).get(0)).containsEntry("amount", "25");
        assertThat(first.get("pagination"))
                .isEqualTo(Map.of("totalPage", 3, "total", 25, "currentPage", 1, "count", 10, "hasNext", true));
        assertThat(rows(third)).hasSize(5);
        assertThat(rows(third).get(0)).containsEntry("amount", "21");
        assertThat(((Map<?, ?>) third.get("pagination")).get("hasNext")).isEqualTo(false);
        assertThat(rows(call(KEY, "{\"method\":\"assetWithdrawHistory\",\"startDate\":\"2026-03-11\"}")))
                .isEmpty();
        assertThat(call(KEY, "{\"method\":\"assetWithdrawHistory\",\"limit\":1001}"))
                .containsEntry("message", "Invalid pagination");
    }

    @Test
    void creditChargedAndSwappedMovesIntoHashPower() {
        call(KEY, "{\"method\":\"hashCreditCharge\",\"amount\":\"100\"}");
        clock.advance(Duration.ofMinutes(1));
        Map<String, Object> swap = data(call(KEY, "{\"method\":\"hashPowerSwap\",\"amount\":\"1050\"}"));

        assertThat(swap).containsEntry("credit", "50").containsEntry("power", "52100");
        assertThat(call(KEY, "{\"method\":\"hashPowerSwap\",\"amount\":\"51\"}"))
                .containsEntry("message", "Insufficient hash credit");
        assertThat(rows(call(KEY, "{\"method\":\"hashPowerSwapHistory\"}")))
                .singleElement()
                .satisfies(row -> assertThat(row).containsEntry("period", 1).containsEntry("endDate", "2027-03-10"));
    }

    private HashDamSimulator simulator(Secret key, List<String> addresses) {
        return new HashDamSimulator(
                new HashDamSandboxProperties(
                        key,
                        addresses,
                        List.of("LTC", "DOGE", "BELLS", "LKY", "PEP", "JKC", "DINGO", "SHIC"),
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(1),
                        LocalDate.of(2025, 1, 1),
                        new BigDecimal("50000"),
                        new BigDecimal("1000"),
                        "test",
                        "coinex-test"),
                clock);
    }

    private Map<String, Object> call(String key, String body) {
        return simulator.handle(key, "127.0.0.1", JSON.readTree(body));
    }

    private BigDecimal assetFigure(String coin, String figure) {
        Map<?, ?> coinFigures =
                (Map<?, ?>) data(call(KEY, "{\"method\":\"assetBalance\"}")).get(coin);
        return new BigDecimal((String) coinFigures.get(figure));
    }

    private static String dated(String method, String date) {
        return "{\"method\":\"" + method + "\",\"date\":\"" + date + "\"}";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> envelope) {
        assertThat(envelope).containsEntry("code", 0);
        return (Map<String, Object>) envelope.get("data");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> envelope) {
        assertThat(envelope).containsEntry("code", 0);
        return (List<Map<String, Object>>) envelope.get("data");
    }

    private static Map<String, Object> onlyRow(Map<String, Object> envelope) {
        assertThat(rows(envelope)).hasSize(1);
        return rows(envelope).get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, String>> coins(Map<String, Object> profitData) {
        return (Map<String, Map<String, String>>) profitData.get("profit");
    }

    private static BigDecimal total(Map<String, Object> profitData, String coin) {
        return new BigDecimal(coins(profitData).get(coin).get("total"));
    }
}
