package com.aeghash.console.internal;

import com.aeghash.partner.PartnerEvent;
import com.aeghash.partner.PartnerOperations;
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
 * Partners of the AEGMALL API (key fingerprints, rotation dates, allowed addresses) and the inbound event log,
 * newest first, 50 a page (keyset {@code before}), with the re-processing of failed events. Administrators only, like the HTTP API's partner operations.
 */
@Controller
@PreAuthorize("@consoleAccess.allows(authentication, 'MANAGE_PARTNERS')")
class PartnerPageController {

    static final int EVENTS_SHOWN = 50;
    /** The failed events a confirmation looks the event up among (the event log's read limit). */
    private static final int FAILED_READ = 500;

    private static final String EVENTS = "console/partners :: events";
    private static final ConsolePaging.Keyset<PartnerEvent> LIST =
            ConsolePaging.Keyset.newestFirstById("before", PartnerEvent::id);
    private final PartnerOperations partners;

    PartnerPageController(PartnerOperations partners) {
        this.partners = partners;
    }

    @GetMapping("/console/partners")
    String partners(
            @RequestParam(defaultValue = "false") boolean failedOnly,
            @RequestParam(required = false) String before,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("partners", partners.partners());
        addEvents(failedOnly, model, ConsolePaging.addressOf(request), before);
        return "console/partners";
    }

    /**
     * Runs a failed event again under its idempotency key (nothing is done twice) once confirmed, and renders the
     * event log; re-processing may pay an order or credit hash power, so the first POST shows the event (partner,
     * request, key, first answer) and changes nothing.
     */
    @PostMapping("/console/partners/events/{id}/reprocess")
    String reprocess(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean failedOnly,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Principal operator,
            Model model,
            HttpServletResponse response) {
        if (!confirmed) {
            ActionConfirmations.partnerReprocess(
                            id,
                            failedOnly,
                            partners.recentEvents(true, FAILED_READ).stream()
                                    .filter(event -> event.id() == id)
                                    .findFirst())
                    .show(model);
            addEvents(failedOnly, model);
            return EVENTS;
        }
        ConsoleProblem.attempt(model, response, () -> partners.reprocess(id, operator.getName()))
                .ifPresent(event -> model.addAttribute(
                        "done",
                        "Event " + event.id() + " re-processed: answered " + event.reprocessStatus()
                                + (event.reprocessCode() == null ? "" : " " + event.reprocessCode())));
        addEvents(failedOnly, model);
        return EVENTS;
    }

    /** The first page of the event log, for the fragment answered to a re-processing. */
    private void addEvents(boolean failedOnly, Model model) {
        addEvents(
                failedOnly,
                model,
                ConsolePaging.addressOf("/console/partners", Map.of("failedOnly", Boolean.toString(failedOnly))),
                null);
    }

    /** A page of the event log, newest first (keyset {@code before}), all events or the failed ones. */
    private void addEvents(boolean failedOnly, Model model, UriComponentsBuilder address, String before) {
        model.addAttribute("failedOnly", failedOnly);
        model.addAttribute(
                "events",
                ConsolePaging.read(
                        LIST,
                        address,
                        before,
                        EVENTS_SHOWN,
                        (cursor, rows) -> partners.eventsBefore(
                                failedOnly, ConsolePaging.number(cursor, LIST.parameter(), Long.MAX_VALUE), rows)));
    }
}
