package com.aeghash.console.internal;

import com.aeghash.common.Addresses;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How pages print values (the model attribute {@code show}): amounts as plain decimals, times in UTC, and
 * addresses partially masked unless the operator may see them whole, also where free text (alerts, audit details,
 * risk findings) quotes one: {@link Addresses}' rule, the one the HTTP API's answers follow.
 */
final class ConsoleFormat {

    static final String NOTHING = "—";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final boolean fullAddresses;

    ConsoleFormat(boolean fullAddresses) {
        this.fullAddresses = fullAddresses;
    }

    public String amount(BigDecimal amount) {
        return amount == null ? NOTHING : amount.stripTrailingZeros().toPlainString();
    }

    public String time(Instant instant) {
        return instant == null ? NOTHING : TIME.format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? NOTHING : date.toString();
    }

    /** Free text with every address it quotes masked as {@link #address} would. */
    public String text(String text) {
        if (text == null || fullAddresses) {
            return text;
        }
        return Addresses.maskedIn(text);
    }

    /** {@code 0x12ab…9f3c} for operators without {@link ConsoleAction#SEE_FULL_ADDRESSES}. */
    public String address(String address) {
        if (address == null || address.isBlank()) {
            return NOTHING;
        }
        return fullAddresses ? address : Addresses.masked(address);
    }
}
