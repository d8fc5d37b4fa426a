package com.aeghash.risk.internal;

import com.aeghash.common.ApiException;
import com.aeghash.risk.KnownDevice;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of a member's devices ended: the key (first seen, device id) of its last device, in the list's order
 * (newest first; the first sighting never changes, so pages already read never shift). Opaque to callers: base64url of
 * {@code device:<first seen, ISO-8601>|<device id>}.
 */
record DeviceCursor(Instant firstSeenAt, String deviceId) {

    private static final String KIND = "device:";
    private static final String INVALID = "is not a cursor this list answered";

    static DeviceCursor after(KnownDevice device) {
        return new DeviceCursor(device.firstSeenAt(), device.deviceId());
    }

    /** The cursor's position, or {@code null} (from the newest device) without one. */
    static DeviceCursor parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int separator = decoded.indexOf('|');
            if (decoded.startsWith(KIND) && separator > KIND.length() && separator < decoded.length() - 1) {
                return new DeviceCursor(
                        Instant.parse(decoded.substring(KIND.length(), separator)), decoded.substring(separator + 1));
            }
        } catch (IllegalArgumentException | DateTimeException malformed) {
            // refused below like a cursor of another list
        }
        throw ApiException.validation("cursor", INVALID);
    }

    String encode() {
        String text = KIND + firstSeenAt + "|" + deviceId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
