package com.aeghash.console.internal;

import com.aeghash.withdrawal.WithdrawalOperations;
import com.aeghash.withdrawal.WithdrawalView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The withdrawal approval queue (filtered, oldest first unless {@code order=newest}: the order the work is done in)
 * and one withdrawal with its audit trail. The queue is paged by keyset both ways: {@code after} the last withdrawal
 * shown for the next page, {@code back} from the first shown for the previous one; the filters stay in the links.
 */
@Controller
@PreAuthorize(ConsoleAccess.VIEW)
class WithdrawalPagesController {

    static final int PAGE_SIZE = 20;
    private static final ConsolePaging.Keyset<WithdrawalView> QUEUE =
            ConsolePaging.Keyset.inOrderById("after", WithdrawalView::id).withPrevious("back");
    private final WithdrawalOperations withdrawals;

    WithdrawalPagesController(WithdrawalOperations withdrawals) {
        this.withdrawals = withdrawals;
    }

    @GetMapping("/console/withdrawals")
    String queue(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean flagged,
            @RequestParam(required = false) String memberId,
            @RequestParam(defaultValue = "oldest") String order,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) String back,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        String wantedStatus = Text.blankToNull(status);
        String wantedMember = Text.blankToNull(memberId);
        model.addAttribute("statuses", withdrawals.statuses());
        model.addAttribute("status", wantedStatus);
        model.addAttribute("flagged", flagged);
        model.addAttribute("memberId", wantedMember);
        boolean oldestFirst = !"newest".equals(order);
        model.addAttribute("order", oldestFirst ? "oldest" : "newest");
        long start = oldestFirst ? 0 : Long.MAX_VALUE;
        ConsoleProblem.attempt(
                        model,
                        response,
                        () -> ConsolePaging.read(
                                QUEUE,
                                ConsolePaging.addressOf(request),
                                after,
                                back,
                                PAGE_SIZE,
                                (cursor, rows) -> withdrawals.searchAfter(
                                        wantedStatus,
                                        flagged,
                                        wantedMember,
                                        oldestFirst,
                                        ConsolePaging.number(cursor, "after", start),
                                        rows),
                                (cursor, rows) -> withdrawals.searchAfter(
                                        wantedStatus,
                                        flagged,
                                        wantedMember,
                                        !oldestFirst,
                                        ConsolePaging.number(cursor, "back", start),
                                        rows)))
                .ifPresent(page -> model.addAttribute("withdrawals", page));
        return "console/withdrawals";
    }

    @GetMapping("/console/withdrawals/{id}")
    String withdrawal(@PathVariable long id, Model model, HttpServletResponse response) {
        model.addAttribute("id", id);
        ConsoleProblem.attempt(model, response, () -> withdrawals.details(id))
                .ifPresent(withdrawal -> model.addAttribute("withdrawal", withdrawal));
        return "console/withdrawal";
    }
}
