package com.aeghash.mining.internal.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The treasury pays a charge only within what the operators approved, in its coin, and exactly. */
class ChargeCeilingTest {

    private final ChargeCeiling ceiling = new ChargeCeiling(properties("USDT", "1.05"));

    @Test
    void aChargeUpToCreditTimesTheMaximumPriceInTheTreasurysCoinIsPaid() {
        assertThat(ceiling.refusal(new BigDecimal("100"), new BigDecimal("105"), "USDT"))
                .isEmpty();
        assertThat(ceiling.refusal(new BigDecimal("100"), new BigDecimal("99.12345678"), "usdt"))
                .isEmpty();
    }

    @Test
    void aChargeAboveTheCeilingInAnotherCoinOrNotPayableExactlyIsRefusedSayingWhy() {
        assertThat(ceiling.refusal(new BigDecimal("100"), new BigDecimal("105.00000001"), "USDT"))
                .hasValueSatisfying(why -> assertThat(why).contains("above the approved ceiling 105"));
        assertThat(ceiling.refusal(new BigDecimal("100"), new BigDecimal("100"), "BNB"))
                .hasValueSatisfying(why -> assertThat(why).contains("paid in BNB"));
        assertThat(ceiling.refusal(new BigDecimal("100"), new BigDecimal("1.123456789"), "USDT"))
                .hasValueSatisfying(why -> assertThat(why).contains("at most 8 decimals"));
        assertThat(ceiling.refusal(new BigDecimal("100"), BigDecimal.ZERO, "USDT"))
                .isPresent();
        assertThat(ceiling.refusal(new BigDecimal("100"), null, "USDT")).isPresent();
        assertThat(ceiling.refusal(new BigDecimal("100"), new BigDecimal("1"), null))
                .isPresent();
    }

    private static ProcurementProperties properties(String coin, String maxPrice) {
        return new ProcurementProperties(
                null,
                null,
                null,
                new BigDecimal("1000000"),
                coin,
                new BigDecimal(maxPrice),
                Duration.ofMinutes(5),
                List.of(Duration.ofMinutes(1)),
                Duration.ofMinutes(1),
                Duration.ofHours(24),
                Duration.ofMinutes(30),
                BigDecimal.ZERO,
                Duration.ofHours(6),
                30,
                false);
    }
}
