package com.aeghash.console.internal;

import com.aeghash.bonus.BonusClosing;
import com.aeghash.bonus.BonusOperations;
import com.aeghash.common.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Bonus closings with their progress, starting one, and the bonus entries an order paid. */
@Controller
@PreAuthorize(ConsoleAccess.VIEW)
class BonusPageController {

    static final int CLOSINGS_SHOWN = 20;
    private static final String CLOSINGS = "console/bonus :: closings";
    private final BonusOperations bonus;

    BonusPageController(BonusOperations bonus) {
        this.bonus = bonus;
    }

    @GetMapping("/console/bonus")
    String bonus(@RequestParam(required = false) String orderReference, Model model) {
        addClosings(model);
        String order = Text.blankToNull(orderReference);
        if (order != null) {
            model.addAttribute("orderReference", order);
            model.addAttribute("orderEntries", bonus.entriesOfOrder(order));
        }
        return "console/bonus";
    }

    /** The closings table alone: the page polls it while a closing runs. */
    @GetMapping("/console/bonus/closings")
    String closings(Model model) {
        addClosings(model);
        return CLOSINGS;
    }

    /** Runs the closing of the cut-off to completion (or returns it when complete) and renders the table. */
    @PostMapping("/console/bonus/closings")
    @PreAuthorize("@consoleAccess.allows(authentication, 'RUN_CLOSINGS')")
    String close(
            @RequestParam(required = false) String cutoff,
            Principal operator,
            Model model,
            HttpServletResponse response) {
        ConsoleProblem.attempt(model, response, () -> bonus.close(cutoffOf(cutoff), operator.getName()))
                .ifPresent(closing -> model.addAttribute(
                        "done",
                        "Closing " + closing.id() + " is "
                                + closing.status() + ": " + closing.processedEntries() + " of " + closing.totalEntries()
                                + " entries processed"));
        addClosings(model);
        return CLOSINGS;
    }

    private void addClosings(Model model) {
        List<BonusClosing> closings = bonus.recentClosings(CLOSINGS_SHOWN);
        model.addAttribute("closings", closings);
        model.addAttribute("closingRunning", closings.stream().anyMatch(closing -> "RUNNING".equals(closing.status())));
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
