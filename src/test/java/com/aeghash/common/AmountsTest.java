package com.aeghash.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void floor8RoundsTowardsZero() {
        assertThat(Amounts.floor8(new BigDecimal("1.999999999"))).isEqualByComparingTo("1.99999999");
        assertThat(Amounts.floor8(new BigDecimal("-1.999999999"))).isEqualByComparingTo("-1.99999999");
    }

    @Test
    void parseAcceptsDecimalsWithinNumeric38x18() {
        assertThat(Amounts.parse("0.000000000000000001")).isEqualByComparingTo("1E-18");
        assertThat(Amounts.parse("99999999999999999999.5")).isEqualByComparingTo("99999999999999999999.5");
        assertThat(Amounts.parse("-0.5")).isEqualByComparingTo("-0.5");
        assertThat(Amounts.parse("0")).isEqualByComparingTo("0");
    }

    @Test
    void parseRefusesAnythingButAPlainDecimal() {
        for (String bad : new String[] {
            " 1 ", "1 ", "+1", ".5", "1.", "-.5", "01", "-01", "1e2", "1E+2", "0x10", "1_000", "\u00a01", "--1", "1.2.3"
        }) {
            assertThat(Amounts.isPlainDecimal(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> Amounts.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void parseRefusesEverythingElse() {
        for (String bad : new String[] {"", "NaN", "Infinity", "1,5", "0.0000000000000000001", "1e21", "abc"}) {
            assertThatThrownBy(() -> Amounts.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void formatIsPlainWithoutTrailingZeros() {
        assertThat(Amounts.format(new BigDecimal("1.2500E+3"))).isEqualTo("1250");
        assertThat(Amounts.format(new BigDecimal("0.000"))).isEqualTo("0");
    }
}
