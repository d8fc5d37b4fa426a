package com.aeghash.console.internal;

import com.aeghash.webhook.WebhookDeliveries;
import com.aeghash.webhook.WebhookDelivery;
import com.aeghash.webhook.WebhookEndpoints;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Outbound webhooks: the endpoints (secrets as fingerprints) and the deliveries newest first, 50 a page (keyset
 * {@code before}), with their state, attempts and
 * last answer, with redelivery of a finished one. Administrators only, like the HTTP API's webhook operations.
 */
@Controller
@PreAuthorize("@consoleAccess.allows(authentication, 'MANAGE_WEBHOOKS')")
class WebhookPageController {

    static final int PAGE_SIZE = 50;
    private static final String DELIVERIES = "console/webhooks :: deliveries";
    private static final ConsolePaging.Keyset<WebhookDelivery> LIST =
            ConsolePaging.Keyset.newestFirstById("before", WebhookDelivery::id);
    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;

    WebhookPageController(WebhookEndpoints endpoints, WebhookDeliveries deliveries) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
    }

    @GetMapping("/console/webhooks")
    String webhooks(@RequestParam(required = false) String before, Model model, HttpServletRequest request) {
        model.addAttribute("endpoints", endpoints.list());
        addDeliveries(model, ConsolePaging.addressOf(request), before);
        return "console/webhooks";
    }

    /** Sends a finished delivery's message again and renders the delivery log. */
    @PostMapping("/console/webhooks/deliveries/{id}/redeliver")
    String redeliver(@PathVariable long id, Principal operator, Model model, HttpServletResponse response) {
        ConsoleProblem.attempt(model, response, () -> deliveries.redeliver(id, operator.getName()))
                .ifPresent(again ->
                        model.addAttribute("done", "Delivery " + id + " will be sent again as delivery " + again.id()));
        addDeliveries(model, ConsolePaging.addressOf("/console/webhooks", Map.of()), null);
        return DELIVERIES;
    }

    /** The deliveries newest first, a page before the delivery {@code before}. */
    private void addDeliveries(Model model, UriComponentsBuilder address, String before) {
        model.addAttribute(
                "deliveries",
                ConsolePaging.read(
                        LIST,
                        address,
                        before,
                        PAGE_SIZE,
                        (cursor, rows) -> deliveries.recent(
                                null, ConsolePaging.number(cursor, LIST.parameter(), Long.MAX_VALUE), rows)));
    }
}
