package com.aeghash.console.internal;

import com.aeghash.bonus.BonusClosing;
import com.aeghash.bonus.BonusOperations;
import com.aeghash.bonus.BonusReports;
import com.aeghash.common.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Bonus closings with their progress, newest first, 20 a page (keyset {@code before}), starting one, and the bonus
 * entries an order paid.
 */
@Controller
@PreAuthorize(ConsoleAccess.VIEW)
class BonusPageController {

    static final int CLOSINGS_SHOWN = 20;
    private static final String CLOSINGS = "console/bonus :: closings";
    private static final String PAGE = "/console/bonus";
    private static final ConsolePaging.Keyset<BonusClosing> CLOSINGS_LIST =
            ConsolePaging.Keyset.newestFirstById("before", BonusClosing::id);
    private final BonusOperations bonus;
    private final BonusReports reports;

    BonusPageController(BonusOperations bonus, BonusReports reports) {
        this.bonus = bonus;
        this.reports = reports;
    }

    @GetMapping("/console/bonus")
    String bonus(
            @RequestParam(required = false) String orderReference,
            @RequestParam(required = false) String before,
            Model model,
            HttpServletRequest request) {
        addClosings(model, ConsolePaging.addressOf(request), before);
        String order = Text.blankToNull(orderReference);
        if (order != null) {
            model.addAttribute("orderReference", order);
            model.addAttribute("orderEntries", bonus.entriesOfOrder(order));
        }
        return "console/bonus";
    }

    /** The closings table alone (the page shown): the page polls it while a closing runs. */
    @GetMapping("/console/bonus/closings")
    String closings(@RequestParam(required = false) String before, Model model) {
        addClosings(model, ConsolePaging.addressOf(PAGE, Map.of()), before);
        return CLOSINGS;
    }

    /**
     * Runs the closing of the cut-off to completion once confirmed; the first POST shows its preview (what it would
     * confirm and cancel, for how many members) and changes nothing. A cut-off with a closing already is resumed, or
     * returned unchanged when complete. Renders the table.
     */
    @PostMapping("/console/bonus/closings")
    @PreAuthorize("@consoleAccess.allows(authentication, 'RUN_CLOSINGS')")
    String close(
            @RequestParam(required = false) String cutoff,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Principal operator,
            Model model,
            HttpServletResponse response) {
        if (!confirmed) {
            ConsoleProblem.attempt(model, response, () -> closingConfirmation(cutoffOf(cutoff)))
                    .ifPresent(confirmation -> confirmation.show(model));
            addClosings(model);
            return CLOSINGS;
        }
        ConsoleProblem.attempt(model, response, () -> bonus.close(cutoffOf(cutoff), operator.getName()))
                .ifPresent(closing -> model.addAttribute(
                        "done",
                        "Closing " + closing.id() + " is "
                                + closing.status() + ": " + closing.processedEntries() + " of " + closing.totalEntries()
                                + " entries processed"));
        addClosings(model);
        return CLOSINGS;
    }

    /**
     * The preview of a new closing, or, when the cut-off has one already (which running again resumes, or returns
     * when complete), that closing's progress.
     */
    private Confirmation closingConfirmation(Instant cutoff) {
        try {
            return ActionConfirmations.closing(cutoff, reports.preview(cutoff, 1));
        } catch (ApiException refused) {
            if (!"closing_exists".equals(refused.code())) {
                throw refused;
            }
            return ActionConfirmations.existingClosing(
                    cutoff,
                    bonus.recentClosings(CLOSINGS_SHOWN).stream()
                            .filter(closing -> closing.cutoff().equals(cutoff))
                            .findFirst());
        }
    }

    /** The first page of the closings, for the table answered to a POST. */
    private void addClosings(Model model) {
        addClosings(model, ConsolePaging.addressOf(PAGE, Map.of()), null);
    }

    /**
     * A page of the closings, newest first; {@code closingRunning} makes the table poll itself (the same page, so
     * {@code closingsBefore}), except while a confirmation is shown in it, which a refresh would remove.
     */
    private void addClosings(Model model, UriComponentsBuilder address, String before) {
        ConsolePage<BonusClosing> closings = ConsolePaging.read(
                CLOSINGS_LIST,
                address,
                before,
                CLOSINGS_SHOWN,
                (cursor, rows) -> bonus.closingsBefore(
                        ConsolePaging.number(cursor, CLOSINGS_LIST.parameter(), Long.MAX_VALUE), rows));
        model.addAttribute("closings", closings);
        model.addAttribute("closingsBefore", Text.blankToNull(before));
        model.addAttribute(
                "closingRunning",
                !model.containsAttribute(Confirmation.ATTRIBUTE)
                        && closings.items().stream().anyMatch(closing -> "RUNNING".equals(closing.status())));
    }

    /** An ISO instant, or a date and time without zone (what a datetime-local field sends) taken as UTC. */
    static Instant cutoffOf(String text) {
        String value = Text.blankToNull(text);
        if (value == null) {
            throw ApiException.validation("cutoff", "is required");
        }
        try {
            return value.endsWith("Z") || value.contains("+")
                    ? Instant.parse(value)
                    : LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException unreadable) {
            throw ApiException.validation("cutoff", "must be a date and time such as 2025-01-31T15:00 (UTC)");
        }
    }
}
