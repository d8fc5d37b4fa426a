package com.aeghash.wallet.internal.mblock;

import com.aeghash.common.ApiException;
import com.aeghash.common.VendorOutcome;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** How an MBlock failure of a call that records nothing (wallet creation, balance, key refresh) reaches the API. */
public final class VendorProblems {

    private VendorProblems() {}

    public static ApiException of(MBlockException failure) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("vendor", "mblock");
        properties.put("method", failure.method().wireName());
        properties.put("outcome", failure.outcome().name().toLowerCase(Locale.ROOT));
        if (failure.error() != null) {
            properties.put("vendorError", failure.error().number());
        }
        if (failure.outcome() == VendorOutcome.UNKNOWN) {
            return new ApiException(
                    HttpStatus.GATEWAY_TIMEOUT,
                    "mblock_outcome_unknown",
                    null,
                    "MBlock gave no usable answer to " + failure.method().wireName(),
                    properties);
        }
        return new ApiException(
                HttpStatus.BAD_GATEWAY,
                "mblock_failed",
                null,
                "MBlock refused " + failure.method().wireName()
                        + (failure.vendorMessage() == null ? "" : ": " + failure.vendorMessage()),
                properties);
    }
}
