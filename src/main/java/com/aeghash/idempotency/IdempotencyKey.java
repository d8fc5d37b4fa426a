package com.aeghash.idempotency;

import com.aeghash.common.ApiException;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/** The {@code Idempotency-Key} header: required, 8-255 printable ASCII characters, scoped to the caller. */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    /** Set to {@code true} on a response that replays the first one. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Pattern SHAPE = Pattern.compile("^[\\x20-\\x7E]{8,255}$");

    private IdempotencyKey() {}

    public static boolean isValid(String header) {
        return header != null && SHAPE.matcher(header).matches();
    }

    /** The key, or a 400 {@code idempotency_key_missing}. */
    public static String require(String header) {
        if (!isValid(header)) {
            throw missing();
        }
        return header;
    }

    /** The 400 for a call without a valid key; nothing is claimed or done. */
    public static ApiException missing() {
        return new ApiException(
                HttpStatus.BAD_REQUEST,
                "idempotency_key_missing",
                HEADER,
                "header " + HEADER + " is required: 8-255 printable ASCII characters",
                Map.of());
    }
}
