package com.aeghash.sandbox.internal.webhooks;

import com.aeghash.common.web.BoundedList;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A receiving endpoint for the service's own outbound webhooks: {@code POST} accepts anything (it verifies nothing:
 * the receiver's check is shown in docs/modules/webhook.md) and keeps the last {@link WebhookInbox#CAPACITY} requests
 * with their headers (not credentials); administrators list them with {@code GET} and empty the inbox with {@code DELETE}.
 */
@RestController
@ConditionalOnProperty(name = "aeghash.sandbox.enabled", havingValue = "true")
class WebhookInboxController {

    static final String PATH = "/sandbox/webhooks/inbox";
    /** Never kept: a caller's own credentials are not the inbox's to show. */
    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "cookie", "proxy-authorization");

    private final WebhookInbox inbox = new WebhookInbox();
    private final Clock clock;

    WebhookInboxController(Clock clock) {
        this.clock = clock;
    }

    @Operation(
            summary = "Receive a webhook (sandbox inbox)",
            description =
                    "A stand-in receiver of outbound webhooks: keeps the message and its signature headers to show them (sandbox only).")
    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void receive(@RequestBody(required = false) byte[] body, HttpServletRequest request) {
        Map<String, String> headers = new TreeMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            String lowerCase = name.toLowerCase(Locale.ROOT);
            if (!CREDENTIAL_HEADERS.contains(lowerCase)) {
                headers.put(lowerCase, request.getHeader(name));
            }
        }
        inbox.add(new WebhookInbox.Received(
                clock.instant(), headers, body == null ? "" : new String(body, StandardCharsets.UTF_8)));
    }

    @Operation(
            summary = "List received webhooks",
            description = "What the sandbox inbox received, newest first (sandbox only).")
    @BoundedList("the sandbox inbox keeps its newest messages only")
    @GetMapping(PATH)
    @PreAuthorize("hasRole('ADMIN')")
    List<WebhookInbox.Received> received() {
        return inbox.newestFirst();
    }

    @Operation(
            summary = "Empty the webhook inbox",
            description = "Forgets every message the sandbox inbox received (sandbox only).")
    @DeleteMapping(PATH)
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clear() {
        inbox.clear();
    }
}
