package com.aeghash.withdrawal.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of what a withdrawal request asks, to tell a retry (same key, same request) from a conflicting
 * reuse of the key. Amounts compare by value ({@code 10.5} = {@code 10.50}); each field is length-prefixed so
 * no two different requests share a text.
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(WithdrawalRequest request) {
        StringBuilder canonical = new StringBuilder();
        append(canonical, request.memberId());
        append(canonical, request.asset().name());
        append(canonical, request.amount().stripTrailingZeros().toPlainString());
        append(canonical, request.destination());
        append(canonical, request.ipAddress());
        append(canonical, request.deviceId());
        append(canonical, request.geo());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }

    private static void append(StringBuilder canonical, String field) {
        if (field == null) {
            canonical.append("-;");
        } else {
            canonical.append(field.length()).append(':').append(field).append(';');
        }
    }
}
