package com.aeghash.webhook.internal;

import com.aeghash.common.web.CursorPage;
import com.aeghash.common.web.ProblemCode;
import com.aeghash.webhook.WebhookDeliveries;
import com.aeghash.webhook.WebhookDelivery;
import com.aeghash.webhook.WebhookEndpoints;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The delivery log and redelivery by hand, for administrators. */
@RestController
@PreAuthorize(WebhookEndpoints.MANAGERS)
class WebhookDeliveryController {

    private static final CursorPage.Keyset<WebhookDelivery> LOG =
            new CursorPage.Keyset<>("webhook-delivery", Long.MAX_VALUE, WebhookDelivery::id);

    private final WebhookDeliveries deliveries;

    WebhookDeliveryController(WebhookDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Operation(
            summary = "List webhook deliveries",
            description = "The delivery log, newest first, optionally of one endpoint, a page at a time.")
    @GetMapping("/api/v1/webhook-deliveries")
    CursorPage<WebhookDelivery> recent(
            @RequestParam(required = false) Long endpointId,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return CursorPage.read(
                LOG,
                cursor,
                CursorPage.limit(limit, CursorPage.LIMIT_MAX),
                (beforeId, rows) -> deliveries.recent(endpointId, beforeId, rows));
    }

    /** A new delivery of the same message (same {@code webhook-id}); 409 while the delivery is under way. */
    @Operation(
            summary = "Redeliver a webhook",
            description =
                    "A new delivery of the same message (same `webhook-id`); 409 while the delivery is under way.")
    @ProblemCode(status = 409, code = "delivery_unfinished")
    @ProblemCode(status = 409, code = "endpoint_deleted")
    @PostMapping("/api/v1/webhook-deliveries/{id}/redeliveries")
    @ResponseStatus(HttpStatus.CREATED)
    WebhookDelivery redeliver(@PathVariable long id, Principal principal) {
        return deliveries.redeliver(id, principal.getName());
    }
}
