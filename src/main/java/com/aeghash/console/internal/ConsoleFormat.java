package com.aeghash.console.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * How pages print values (the model attribute {@code show}): amounts as plain decimals, times in UTC, and
 * addresses partially masked unless the operator may see them whole (platform rules: wallet addresses are
 * masked for staff who do not need them), also where free text (alerts, audit details, risk findings) quotes one.
 */
final class ConsoleFormat {

    static final String NOTHING = "—";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final int SHOWN_HEAD = 6;
    private static final int SHOWN_TAIL = 4;
    /** BNB Smart Chain (EVM) addresses, the ones MBlock wallets and withdrawal destinations use. */
    private static final Pattern QUOTED_ADDRESS = Pattern.compile("\\b0x[0-9a-fA-F]{40}\\b");

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
        return QUOTED_ADDRESS.matcher(text).replaceAll(quoted -> masked(quoted.group()));
    }

    /** {@code 0x12ab…9f3c} for operators without {@link ConsoleAction#SEE_FULL_ADDRESSES}. */
    public String address(String address) {
        if (address == null || address.isBlank()) {
            return NOTHING;
        }
        return fullAddresses ? address : masked(address);
    }

    static String masked(String address) {
        if (address.length() <= SHOWN_HEAD + SHOWN_TAIL) {
            return "…" + address.substring(Math.max(address.length() - 2, 0));
        }
        return address.substring(0, SHOWN_HEAD) + "…" + address.substring(address.length() - SHOWN_TAIL);
    }
}
