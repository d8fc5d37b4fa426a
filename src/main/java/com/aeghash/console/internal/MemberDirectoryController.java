package com.aeghash.console.internal;

import com.aeghash.organization.MemberDirectory;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
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
    private final MemberDirectory directory;

    MemberDirectoryController(MemberDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/console/directory")
    String directory(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String after,
            Model model,
            HttpServletResponse response) {
        String query = Text.blankToNull(q);
        model.addAttribute("q", query);
        if (query == null) {
            return "console/directory";
        }
        ConsoleProblem.attempt(model, response, () -> directory.search(query, Text.blankToNull(after), PAGE_SIZE + 1))
                .ifPresent(found -> {
                    List<MemberDirectory.Entry> page = found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found;
                    model.addAttribute("members", page);
                    model.addAttribute(
                            "nextAfter",
                            found.size() > PAGE_SIZE ? page.get(page.size() - 1).memberId() : null);
                });
        return "console/directory";
    }
}
