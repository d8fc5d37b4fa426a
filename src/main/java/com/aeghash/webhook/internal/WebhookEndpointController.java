package com.aeghash.webhook.internal;

import com.aeghash.common.web.BoundedList;
import com.aeghash.webhook.WebhookEndpoint;
import com.aeghash.webhook.WebhookEndpoints;
import com.aeghash.webhook.WebhookSecretIssued;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook endpoints, for administrators. The signing secret is generated here and answered once, on creation and
 * on each rotation; afterwards only its fingerprint is shown.
 */
@RestController
@PreAuthorize(WebhookEndpoints.MANAGERS)
class WebhookEndpointController {

    private final WebhookEndpoints endpoints;

    WebhookEndpointController(WebhookEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** A URL and the event types (wire names) it receives. */
    record NewEndpoint(String url, List<String> eventTypes) {}

    @Operation(
            summary = "Create a webhook endpoint",
            description =
                    "A URL and the event types (wire names) it receives; the signing secret is in this answer only.")
    @PostMapping("/api/v1/webhook-endpoints")
    @ResponseStatus(HttpStatus.CREATED)
    WebhookSecretIssued create(@RequestBody NewEndpoint request, Principal principal) {
        return endpoints.create(request.url(), request.eventTypes(), principal.getName());
    }

    @Operation(
            summary = "List webhook endpoints",
            description = "Every endpoint with its event types and state (a small, administered set); never a secret.")
    @BoundedList("the administered webhook endpoints")
    @GetMapping("/api/v1/webhook-endpoints")
    List<WebhookEndpoint> list() {
        return endpoints.list();
    }

    @Operation(summary = "Disable a webhook endpoint", description = "Stops deliveries to the endpoint.")
    @PostMapping("/api/v1/webhook-endpoints/{id}/disable")
    WebhookEndpoint disable(@PathVariable long id, Principal principal) {
        return endpoints.disable(id, principal.getName());
    }

    @Operation(summary = "Enable a webhook endpoint", description = "Resumes deliveries to the endpoint.")
    @PostMapping("/api/v1/webhook-endpoints/{id}/enable")
    WebhookEndpoint enable(@PathVariable long id, Principal principal) {
        return endpoints.enable(id, principal.getName());
    }

    @Operation(
            summary = "Delete a webhook endpoint",
            description = "Deletes the endpoint; its delivery log stays. 204.")
    @DeleteMapping("/api/v1/webhook-endpoints/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, Principal principal) {
        endpoints.delete(id, principal.getName());
    }

    @Operation(
            summary = "Rotate a webhook signing secret",
            description = "A new signing secret (in this answer only); the previous one signs too until it expires.")
    @PostMapping("/api/v1/webhook-endpoints/{id}/secret-rotations")
    @ResponseStatus(HttpStatus.CREATED)
    WebhookSecretIssued rotate(@PathVariable long id, Principal principal) {
        return endpoints.rotateSecret(id, principal.getName());
    }
}
