package com.aeghash.security.internal;

import com.aeghash.common.Secret;
import com.aeghash.security.OperatorAccounts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Every operator's own password: 204 once changed (their other sessions end), 400 naming the field otherwise. */
@RestController
@PreAuthorize("isAuthenticated()")
class OwnPasswordController {

    private final OperatorAccounts operators;

    OwnPasswordController(OperatorAccounts operators) {
        this.operators = operators;
    }

    @PostMapping("/api/v1/operators/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void change(@Valid @RequestBody PasswordChange request, Principal principal) {
        operators.changeOwnPassword(
                principal.getName(), Secret.of(request.currentPassword()), Secret.of(request.newPassword()));
    }

    record PasswordChange(
            @NotNull String currentPassword, @NotNull String newPassword) {

        @Override
        public String toString() {
            return "PasswordChange[...]";
        }
    }
}
