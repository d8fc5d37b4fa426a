package com.aeghash.wallet.internal.transit;

import com.aeghash.common.web.ProblemCode;
import com.aeghash.wallet.internal.transactions.TransactionRecord;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * MBlock's transit callback. An open path (the vendor has no operator account): the callback token in the
 * query string is the authentication, checked before anything is read or changed.
 */
@RestController
class TransitCallbackController {

    private final TransitCallbacks callbacks;

    TransitCallbackController(TransitCallbacks callbacks) {
        this.callbacks = callbacks;
    }

    @Operation(
            summary = "MBlock transit callback",
            description = "MBlock reports a transit's outcome; the URL carries the callback's own token.")
    @ProblemCode(status = 401, code = "invalid_callback_token")
    @PostMapping(TransitCallbackUrls.PATH)
    Map<String, Object> receive(
            @RequestParam(name = TransitCallbackUrls.TOKEN_PARAMETER, required = false) String callbackToken,
            @Valid @RequestBody TransitCallback callback) {
        TransactionRecord transit = callbacks.handle(callbackToken, callback);
        return Map.of("result", true, "status", transit.status().code());
    }
}
