package com.aeghash.console.internal;

import com.aeghash.common.Addresses;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How pages print values (the model attribute {@code show}): amounts as plain decimals, times in the operators'
 * time zone ({@code aeghash.console.time-zone}, default Asia/Seoul) with its label ({@code 2025-01-31 15:04:05 KST}), and
 * addresses partially masked unless the operator may see them whole, also where free text (alerts, audit details,
 * risk findings) quotes one: {@link Addresses}' rule, the one the HTTP API's answers follow.
 */
final class ConsoleFormat {

    static final String NOTHING = "—";
    /** The operators' time zone unless configured otherwise. */
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Seoul");

    private final boolean fullAddresses;
    private final ZoneId zone;
    private final DateTimeFormatter timeFormat;

    ConsoleFormat(boolean fullAddresses) {
        this(fullAddresses, ZoneId.of("UTC"));
    }

    ConsoleFormat(boolean fullAddresses, ZoneId zone) {
        this.fullAddresses = fullAddresses;
        this.zone = zone;
        this.timeFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ENGLISH)
                .withZone(zone);
    }

    /** The zone times are shown in ({@code Asia/Seoul}). */
    public ZoneId zone() {
        return zone;
    }

    public String amount(BigDecimal amount) {
        return amount == null ? NOTHING : amount.stripTrailingZeros().toPlainString();
    }

    public String time(Instant instant) {
        return instant == null ? NOTHING : timeFormat.format(instant);
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
