package com.aeghash.console.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.Secret;
import com.aeghash.security.OperatorAccounts;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every operator's own password: the security module checks the current one and the rules, and audits it. */
@Controller
@PreAuthorize("@consoleAccess.allows(authentication, 'VIEW_CONSOLE')")
class PasswordPageController {

    private final OperatorAccounts operators;

    PasswordPageController(OperatorAccounts operators) {
        this.operators = operators;
    }

    @GetMapping("/console/password")
    String page() {
        return "console/password";
    }

    @PostMapping("/console/password")
    String change(
            @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword,
            Principal operator,
            Model model,
            HttpServletResponse response) {
        ConsoleProblem.attempt(model, response, () -> {
                    operators.changeOwnPassword(
                            operator.getName(),
                            given(currentPassword, "currentPassword"),
                            given(newPassword, "newPassword"));
                    return operator.getName();
                })
                .ifPresent(changed -> model.addAttribute("done", "Password changed: your other sessions have ended"));
        return "console/password";
    }

    private static Secret given(String password, String field) {
        if (password == null || password.isEmpty()) {
            throw ApiException.validation(field, "is required");
        }
        return Secret.of(password);
    }
}
