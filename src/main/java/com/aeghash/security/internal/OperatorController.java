package com.aeghash.security.internal;

import com.aeghash.common.Secret;
import com.aeghash.security.Operator;
import com.aeghash.security.OperatorAccounts;
import com.aeghash.security.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize(OperatorAccounts.MANAGERS)
class OperatorController {

    private final OperatorAccountsService operators;

    OperatorController(OperatorAccountsService operators) {
        this.operators = operators;
    }

    @PostMapping("/api/v1/operators")
    @ResponseStatus(HttpStatus.CREATED)
    Operator create(@Valid @RequestBody NewOperator request, Principal principal) {
        return operators.create(
                principal.getName(), request.username(), Secret.of(request.password()), request.roles());
    }

    @GetMapping("/api/v1/operators")
    List<Operator> list() {
        return operators.list();
    }

    @DeleteMapping("/api/v1/operators/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String username, Principal principal) {
        operators.delete(principal.getName(), username);
    }

    record NewOperator(
            @NotNull
            @Pattern(regexp = OperatorAccountsService.USERNAME_PATTERN, message = OperatorAccountsService.USERNAME_RULE)
            String username,

            @NotBlank String password,
            @NotEmpty Set<@NotNull Role> roles) {

        @Override
        public String toString() {
            return "NewOperator[username=" + username + ", roles=" + roles + "]";
        }
    }
}
