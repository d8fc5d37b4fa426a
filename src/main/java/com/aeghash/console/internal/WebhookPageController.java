package com.aeghash.console.internal;

import com.aeghash.webhook.WebhookDeliveries;
import com.aeghash.webhook.WebhookEndpoints;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Outbound webhooks: the endpoints (secrets as fingerprints) and the recent deliveries with their state, attempts and
 * last answer, with redelivery of a finished one. Administrators only, like the HTTP API's webhook operations.
 */
@Controller
@PreAuthorize("@consoleAccess.allows(authentication, 'MANAGE_WEBHOOKS')")
class WebhookPageController {

    static final int DELIVERIES_SHOWN = 100;
    private static final String DELIVERIES = "console/webhooks :: deliveries";
    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;

    WebhookPageController(WebhookEndpoints endpoints, WebhookDeliveries deliveries) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
    }

    @GetMapping("/console/webhooks")
    String webhooks(Model model) {
        model.addAttribute("endpoints", endpoints.list());
        model.addAttribute("deliveries", deliveries.recent(null, DELIVERIES_SHOWN));
        return "console/webhooks";
    }

    /** Sends a finished delivery's message again and renders the delivery log. */
    @PostMapping("/console/webhooks/deliveries/{id}/redeliver")
    String redeliver(@PathVariable long id, Principal operator, Model model, HttpServletResponse response) {
        ConsoleProblem.attempt(model, response, () -> deliveries.redeliver(id, operator.getName()))
                .ifPresent(again ->
                        model.addAttribute("done", "Delivery " + id + " will be sent again as delivery " + again.id()));
        model.addAttribute("deliveries", deliveries.recent(null, DELIVERIES_SHOWN));
        return DELIVERIES;
    }
}
