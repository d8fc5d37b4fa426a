package com.aeghash.partner.internal;

import java.util.regex.Pattern;

/** Shapes of the identifiers partners send; they end up in ledger references, so they are kept narrow. */
public final class PartnerShapes {

    public static final String IDENTIFIER = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
    public static final String IDENTIFIER_MESSAGE = "must be 1-64 letters, digits, '.', '_' or '-'";
    public static final String CHANNEL = "^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$";
    public static final String CHANNEL_MESSAGE = "must be 1-32 letters, digits, '.', '_' or '-'";
    public static final String REFERENCE = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$";
    public static final String REFERENCE_MESSAGE = "must be 1-128 letters, digits, '.', '_', ':' or '-'";
    /** X-AEG-Nonce and the legacy nonce: 8-64 letters, digits, '.', '_' or '-' (they become references). */
    public static final Pattern NONCE = Pattern.compile("^[A-Za-z0-9._-]{8,64}$");

    private PartnerShapes() {}
}
