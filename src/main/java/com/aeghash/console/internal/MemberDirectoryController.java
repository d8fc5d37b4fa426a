package com.aeghash.console.internal;

import com.aeghash.organization.MemberDirectory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The member directory: members found by id prefix, name prefix or referral code, 25 a page (keyset by id). */
@Controller
@PreAuthorize(ConsoleAccess.VIEW)
class MemberDirectoryController {

    static final int PAGE_SIZE = 25;
    private static final ConsolePaging.Keyset<MemberDirectory.Entry> LIST =
            ConsolePaging.Keyset.inOrder("after", MemberDirectory.Entry::memberId);
    private final MemberDirectory directory;

    MemberDirectoryController(MemberDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/console/directory")
    String directory(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String after,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        String query = Text.blankToNull(q);
        model.addAttribute("q", query);
        if (query == null) {
            return "console/directory";
        }
        ConsoleProblem.attempt(
                        model,
                        response,
                        () -> ConsolePaging.read(
                                LIST,
                                ConsolePaging.addressOf(request),
                                after,
                                PAGE_SIZE,
                                (cursor, rows) -> directory.search(query, cursor, rows)))
                .ifPresent(found -> model.addAttribute("members", found));
        return "console/directory";
    }
}
