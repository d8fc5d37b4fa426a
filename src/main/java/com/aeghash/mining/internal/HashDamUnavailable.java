package com.aeghash.mining.internal;

import com.aeghash.common.ApiException;
import com.aeghash.mining.internal.hashdam.HashDamException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The 502 problem an operator sees when a HashDam read fails; it names the method and the reason only. */
public final class HashDamUnavailable {

    private HashDamUnavailable() {}

    public static ApiException of(HashDamException failure) {
        return new ApiException(
                HttpStatus.BAD_GATEWAY,
                "hashdam_unavailable",
                null,
                failure.getMessage(),
                Map.of("method", failure.method(), "outcome", failure.outcome().name()));
    }
}
