package com.aeghash.common;

import java.util.regex.Pattern;

/**
 * The one masking rule of wallet and payout addresses (platform rules: partially masked for staff who do not need
 * them whole). Who sees them whole is {@link #FULL_ADDRESS_READERS}; everyone else sees {@code 0x12ab…9f3c}, in the
 * console (its {@code show.address} and {@code show.text}) and in every answer of the HTTP API
 * ({@code common.web.MaskedAddressResponses}) alike.
 */
public final class Addresses {

    /**
     * Who sees addresses whole: administrators, and the member app, which shows members their own addresses. The
     * approvers (OPERATIONS, FINANCE) compare the beginning and the end, which the mask keeps. A Spring Security
     * expression, decided by {@code common.web.AccessRules}.
     */
    public static final String FULL_ADDRESS_READERS = "hasAnyRole('ADMIN', 'MEMBER_APP')";

    private static final int SHOWN_HEAD = 6;
    private static final int SHOWN_TAIL = 4;
    /** BNB Smart Chain (EVM) addresses, the ones MBlock wallets and POINT destinations use, wherever text quotes one. */
    private static final Pattern QUOTED_ADDRESS = Pattern.compile("\\b0x[0-9a-fA-F]{40}\\b");

    private Addresses() {}

    /** {@code 0x12ab…9f3c}: the first six and last four characters of any address (EVM, base58, bech32). */
    public static String masked(String address) {
        if (address.length() <= SHOWN_HEAD + SHOWN_TAIL) {
            return "…" + address.substring(Math.max(address.length() - 2, 0));
        }
        return address.substring(0, SHOWN_HEAD) + "…" + address.substring(address.length() - SHOWN_TAIL);
    }

    /** Free text (a reason, a note, an alert) with every EVM address it quotes masked. */
    public static String maskedIn(String text) {
        return QUOTED_ADDRESS.matcher(text).replaceAll(quoted -> masked(quoted.group()));
    }
}
