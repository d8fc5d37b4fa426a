package com.aeghash.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConsoleFormatTest {

    static final String ADDRESS = "0x12ab34cd56ef78900000aaaabbbbccccdddd9f3c";
    final ConsoleFormat masked = new ConsoleFormat(false);
    final ConsoleFormat whole = new ConsoleFormat(true);

    @Test
    void addressesKeepTheirFirstSixAndLastFourCharactersUnlessShownWhole() {
        assertThat(masked.address(ADDRESS)).isEqualTo("0x12ab…9f3c");
        assertThat(whole.address(ADDRESS)).isEqualTo(ADDRESS);
        assertThat(masked.address("0x12ab")).isEqualTo("…ab");
        assertThat(masked.address(null)).isEqualTo("—");
    }

    @Test
    void everyAddressQuotedInFreeTextIsMasked() {
        String text = "destination " + ADDRESS + " is not registered; also "
                + ADDRESS.toUpperCase().replace("0X", "0x");

        assertThat(masked.text(text)).isEqualTo("destination 0x12ab…9f3c is not registered; also 0x12AB…9F3C");
        assertThat(whole.text(text)).isEqualTo(text);
        assertThat(masked.text("txid 0x" + "a".repeat(64)))
                .as("a hash is not an address")
                .contains("a".repeat(64));
        assertThat(masked.text(null)).isNull();
    }

    @Test
    void amountsAreTrimmedPlainDecimalsAndTimesUtc() {
        assertThat(masked.amount(new BigDecimal("1500.000000000000000000"))).isEqualTo("1500");
        assertThat(masked.amount(new BigDecimal("0.00208783"))).isEqualTo("0.00208783");
        assertThat(masked.amount(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(masked.amount(null)).isEqualTo("—");
        assertThat(masked.time(Instant.parse("2025-01-31T15:04:05.123Z"))).isEqualTo("2025-01-31 15:04:05 UTC");
        assertThat(new ConsoleFormat(false, ConsoleFormat.DEFAULT_ZONE).time(Instant.parse("2025-01-31T15:04:05Z")))
                .isEqualTo("2025-02-01 00:04:05 KST");
        assertThat(masked.date(LocalDate.parse("2025-01-31"))).isEqualTo("2025-01-31");
    }
}
