package com.aeghash.security.internal;

import com.aeghash.common.Secret;
import com.aeghash.common.web.ProblemCode;
import com.aeghash.security.OperatorAccounts;
import io.swagger.v3.oas.annotations.Operation;
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

    @Operation(
            summary = "Change one's own password",
            description =
                    "The signed-in operator changes their password (the current one is required); 204, other sessions end.")
    @ProblemCode(status = 429, code = SignInThrottledException.CODE)
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
