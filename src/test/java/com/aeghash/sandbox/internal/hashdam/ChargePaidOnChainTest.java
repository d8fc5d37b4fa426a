package com.aeghash.sandbox.internal.hashdam;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.Secret;
import com.aeghash.sandbox.internal.mblock.SimulatedChain;
import com.aeghash.testsupport.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulated HashDam credits a charge only once the simulated MBlock chain shows its deposit address paid, in the
 * configured token, and the confirmation delay has passed.
 */
class ChargePaidOnChainTest {

    private static final String KEY = "charge-test-key-7c1d";
    private static final String USDT = "0x55d398326f99059ff775485246999027b3197955";
    private static final String OTHER_TOKEN = "0xa3a5400000000000000000000000000000000001";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));
    private final SimulatedChain chain = new SimulatedChain(new BigDecimal("0.0001"), clock);
    private final HashDamSimulator simulator = new HashDamSimulator(
            new HashDamSandboxProperties(
                    Secret.of(KEY),
                    List.of(),
                    List.of("LTC", "DOGE"),
                    Duration.ZERO,
                    Duration.ofMinutes(1),
                    LocalDate.of(2025, 1, 1),
                    new BigDecimal("50000"),
                    new BigDecimal("1000"),
                    "test",
                    "coinex-test"),
            clock,
            HashDamSandboxConfiguration.paidOn(chain, USDT));

    @Test
    void aChargeIsCreditedOnlyAfterItsAddressWasPaidInTheTokenAndConfirmed() {
        Map<String, Object> charge = data(call("{\"method\":\"hashCreditCharge\",\"amount\":\"250\"}"));
        String address = (String) charge.get("address");
        String chargeId = (String) charge.get("chargeId");

        Map<String, Object> unpaid = historyOf(chargeId);
        chain.fund(address, OTHER_TOKEN, new BigDecimal("250"));
        chain.fund(address, USDT, new BigDecimal("100"));
        clock.advance(Duration.ofMinutes(5));
        Map<String, Object> partlyPaid = historyOf(chargeId);
        chain.fund(address, USDT, new BigDecimal("150"));
        Map<String, Object> confirming = historyOf(chargeId);
        clock.advance(Duration.ofMinutes(1));
        Map<String, Object> credited = historyOf(chargeId);

        assertThat(address).matches("^0x[0-9a-f]{40}$");
        assertThat(unpaid).containsEntry("status", "pending");
        assertThat(partlyPaid).containsEntry("status", "pending");
        assertThat(confirming).containsEntry("status", "pending");
        assertThat(credited).containsEntry("status", "completed").containsEntry("credit", "250");
        assertThat(data(call("{\"method\":\"hashBalance\"}"))).containsEntry("credit", "1250");
    }

    @Test
    void eachChargeHasItsOwnDepositAddress() {
        String first = (String)
                data(call("{\"method\":\"hashCreditCharge\",\"amount\":\"1\"}")).get("address");
        String second = (String)
                data(call("{\"method\":\"hashCreditCharge\",\"amount\":\"1\"}")).get("address");

        assertThat(first).isNotEqualToIgnoringCase(second);
    }

    private Map<String, Object> historyOf(String chargeId) {
        Map<String, Object> envelope =
                call("{\"method\":\"hashCreditChargeHistory\",\"chargeId\":\"" + chargeId + "\"}");
        assertThat(envelope).containsEntry("code", 0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) envelope.get("data");
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private Map<String, Object> call(String body) {
        return simulator.handle(KEY, "127.0.0.1", JSON.readTree(body));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> envelope) {
        assertThat(envelope).containsEntry("code", 0);
        return (Map<String, Object>) envelope.get("data");
    }
}
