package com.aeghash.webhook.internal;

import com.aeghash.webhook.WebhookDeliveries;
import com.aeghash.webhook.WebhookDelivery;
import com.aeghash.webhook.WebhookEndpoints;
import java.security.Principal;
import java.util.List;
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

    private final WebhookDeliveries deliveries;

    WebhookDeliveryController(WebhookDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping("/api/v1/webhook-deliveries")
    List<WebhookDelivery> recent(
            @RequestParam(required = false) Long endpointId, @RequestParam(defaultValue = "100") int limit) {
        return deliveries.recent(endpointId, limit);
    }

    /** A new delivery of the same message (same {@code webhook-id}); 409 while the delivery is under way. */
    @PostMapping("/api/v1/webhook-deliveries/{id}/redeliveries")
    @ResponseStatus(HttpStatus.CREATED)
    WebhookDelivery redeliver(@PathVariable long id, Principal principal) {
        return deliveries.redeliver(id, principal.getName());
    }
}
