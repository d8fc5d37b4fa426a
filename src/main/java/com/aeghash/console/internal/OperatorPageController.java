package com.aeghash.console.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.Secret;
import com.aeghash.security.OperatorAccounts;
import com.aeghash.security.OperatorChange;
import com.aeghash.security.OperatorChangeState;
import com.aeghash.security.OperatorChanges;
import com.aeghash.security.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Operator accounts (administrators only): what grants rights (create, roles, enable, member link) is asked here and
 * confirmed or rejected by another administrator in the pending changes; disable and delete are immediate. The
 * security module checks and audits every change.
 */
@Controller
@PreAuthorize("@consoleAccess.allows(authentication, 'MANAGE_OPERATORS')")
class OperatorPageController {

    private static final String ACCOUNTS = "console/operators :: accounts";
    private final OperatorAccounts operators;
    private final OperatorChanges changes;

    OperatorPageController(OperatorAccounts operators, OperatorChanges changes) {
        this.operators = operators;
        this.changes = changes;
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
            @RequestParam(required = false) String memberId,
            Principal admin,
            Model model,
            HttpServletResponse response) {
        return asked(
                model,
                response,
                () -> operators.create(
                        admin.getName(),
                        Text.blankToNull(username),
                        passwordOf(password),
                        rolesOf(roles),
                        Text.blankToNull(memberId)));
    }

    @PostMapping("/console/operators/{username}/roles")
    String changeRoles(
            @PathVariable String username,
            @RequestParam(required = false) List<String> roles,
            Principal admin,
            Model model,
            HttpServletResponse response) {
        return asked(model, response, () -> operators.changeRoles(admin.getName(), username, rolesOf(roles)));
    }

    @PostMapping("/console/operators/{username}/member")
    String linkMember(
            @PathVariable String username,
            @RequestParam(required = false) String memberId,
            Principal admin,
            Model model,
            HttpServletResponse response) {
        return asked(
                model, response, () -> operators.linkMember(admin.getName(), username, Text.blankToNull(memberId)));
    }

    @PostMapping("/console/operators/{username}/enabling")
    String enable(@PathVariable String username, Principal admin, Model model, HttpServletResponse response) {
        return asked(model, response, () -> operators.enable(admin.getName(), username));
    }

    @PostMapping("/console/operators/{username}/disabling")
    String disable(@PathVariable String username, Principal admin, Model model, HttpServletResponse response) {
        return done(model, response, "Operator " + username + " disabled", () -> {
            operators.disable(admin.getName(), username);
            return username;
        });
    }

    @PostMapping("/console/operators/{username}/deletion")
    String delete(@PathVariable String username, Principal admin, Model model, HttpServletResponse response) {
        return done(model, response, "Operator " + username + " deleted", () -> {
            operators.delete(admin.getName(), username);
            return username;
        });
    }

    @PostMapping("/console/operator-changes/{id}/confirmation")
    String confirm(@PathVariable long id, Principal admin, Model model, HttpServletResponse response) {
        return done(
                model,
                response,
                "Change " + id + " confirmed: in effect now",
                () -> changes.confirm(admin.getName(), id));
    }

    @PostMapping("/console/operator-changes/{id}/rejection")
    String reject(@PathVariable long id, Principal admin, Model model, HttpServletResponse response) {
        return done(model, response, "Change " + id + " rejected", () -> changes.reject(admin.getName(), id));
    }

    private String asked(Model model, HttpServletResponse response, Supplier<OperatorChange> call) {
        ConsoleProblem.attempt(model, response, call)
                .ifPresent(change -> model.addAttribute("done", outcomeOf(change)));
        addAccounts(model);
        return ACCOUNTS;
    }

    private String done(Model model, HttpServletResponse response, String message, Supplier<?> call) {
        ConsoleProblem.attempt(model, response, call).ifPresent(ignored -> model.addAttribute("done", message));
        addAccounts(model);
        return ACCOUNTS;
    }

    private static String outcomeOf(OperatorChange change) {
        boolean creation = change.kind() == OperatorChange.Kind.CREATE;
        String what = creation
                ? "Operator " + change.username()
                : "The " + change.kind().wireName() + " change of " + change.username();
        if (change.state() == OperatorChangeState.CONFIRMED) {
            return what + (creation ? " created" : " is in effect");
        }
        return what + " awaits a second administrator (change " + change.id() + ")";
    }

    private void addAccounts(Model model) {
        model.addAttribute("accounts", operators.list());
        model.addAttribute("pendingChanges", changes.pending());
        model.addAttribute("allRoles", List.of(Role.values()));
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
