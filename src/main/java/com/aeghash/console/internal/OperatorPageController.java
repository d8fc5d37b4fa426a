package com.aeghash.console.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.Secret;
import com.aeghash.security.OperatorAccounts;
import com.aeghash.security.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Operator accounts (administrators only): list, create, delete; the security module audits every change. */
@Controller
@PreAuthorize("@consoleAccess.allows(authentication, 'MANAGE_OPERATORS')")
class OperatorPageController {

    private static final String ACCOUNTS = "console/operators :: accounts";
    private final OperatorAccounts operators;

    OperatorPageController(OperatorAccounts operators) {
        this.operators = operators;
    }

    @GetMapping("/console/operators")
    String operators(Model model) {
        addAccounts(model);
        return "console/operators";
    }

    @PostMapping("/console/operators")
    String create(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) List<String> roles,
            Principal admin,
            Model model,
            HttpServletResponse response) {
        ConsoleProblem.attempt(
                        model,
                        response,
                        () -> operators.create(
                                admin.getName(), Text.blankToNull(username), passwordOf(password), rolesOf(roles)))
                .ifPresent(created -> model.addAttribute("done", "Operator " + created.username() + " created"));
        addAccounts(model);
        return ACCOUNTS;
    }

    @PostMapping("/console/operators/{username}/deletion")
    String delete(@PathVariable String username, Principal admin, Model model, HttpServletResponse response) {
        ConsoleProblem.attempt(model, response, () -> {
                    operators.delete(admin.getName(), username);
                    return username;
                })
                .ifPresent(deleted -> model.addAttribute("done", "Operator " + deleted + " deleted"));
        addAccounts(model);
        return ACCOUNTS;
    }

    private void addAccounts(Model model) {
        model.addAttribute("accounts", operators.list());
        model.addAttribute(
                "allRoles", Arrays.stream(Role.values()).map(Enum::name).toList());
    }

    private static Secret passwordOf(String password) {
        if (password == null || password.isBlank()) {
            throw ApiException.validation("password", "is required");
        }
        return Secret.of(password);
    }

    private static Set<Role> rolesOf(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            roles.add(Arrays.stream(Role.values())
                    .filter(role -> role.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> ApiException.validation("roles", name + " is not a role")));
        }
        return roles;
    }
}
