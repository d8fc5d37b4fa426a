package com.aeghash.security.internal;

import com.aeghash.common.MemberIds;
import com.aeghash.common.Secret;
import com.aeghash.common.web.BoundedList;
import com.aeghash.common.web.ProblemCode;
import com.aeghash.security.Operator;
import com.aeghash.security.OperatorAccounts;
import com.aeghash.security.OperatorChange;
import com.aeghash.security.OperatorChangeState;
import com.aeghash.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operator accounts for administrators. What grants rights answers 202 with the pending change a second
 * administrator confirms ({@code /api/v1/operator-changes}); under the sandbox switch it took effect at once (201 with
 * the operator for a creation, 200 with the confirmed change otherwise). Disabling and deleting are immediate.
 */
@RestController
@PreAuthorize(OperatorAccounts.MANAGERS)
class OperatorController {

    private final OperatorAccountsService operators;

    OperatorController(OperatorAccountsService operators) {
        this.operators = operators;
    }

    @Operation(
            summary = "Create an operator",
            description =
                    "Creates an operator with roles: 201 when it takes effect now, 202 with the change when a role needs a second administrator.")
    @ProblemCode(status = 409, code = "conflict")
    @ProblemCode(status = 409, code = "operator_change_pending")
    @ProblemCode(status = 422, code = "operator_is_member")
    @PostMapping("/api/v1/operators")
    @ApiResponse(
            responseCode = "202",
            description = "the creation awaits a second administrator",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = OperatorChange.class)))
    @ApiResponse(
            responseCode = "201",
            description = "created at once (the sandbox switch)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = Operator.class)))
    ResponseEntity<Object> create(@Valid @RequestBody NewOperator request, Principal principal) {
        OperatorChange change = operators.create(
                principal.getName(),
                request.username(),
                Secret.of(request.password()),
                request.roles(),
                request.memberId());
        if (change.state() != OperatorChangeState.CONFIRMED) {
            return ResponseEntity.accepted().body(change);
        }
        Operator created = operators.list().stream()
                .filter(operator -> operator.username().equals(change.username()))
                .findFirst()
                .orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @Operation(
            summary = "List operators",
            description = "Every operator with roles and state (a small, administered set).")
    @BoundedList("the administered operators")
    @GetMapping("/api/v1/operators")
    List<Operator> list() {
        return operators.list();
    }

    @Operation(
            summary = "Change an operator's roles",
            description = "200 with the change when it took effect, 202 while it waits for a second administrator.")
    @ProblemCode(status = 409, code = "operator_change_pending")
    @ProblemCode(status = 409, code = "last_administrator")
    @PutMapping("/api/v1/operators/{username}/roles")
    @ApiResponse(responseCode = "202", description = "the change awaits a second administrator")
    ResponseEntity<OperatorChange> changeRoles(
            @PathVariable String username, @Valid @RequestBody NewRoles request, Principal principal) {
        return answer(operators.changeRoles(principal.getName(), username, request.roles()));
    }

    @Operation(
            summary = "Link an operator to a member",
            description = "The member the operator is (null unlinks); an operator moves nothing of their own member.")
    @ProblemCode(status = 409, code = "operator_change_pending")
    @ProblemCode(status = 422, code = "operator_is_member")
    @PutMapping("/api/v1/operators/{username}/member")
    @ApiResponse(responseCode = "202", description = "the change awaits a second administrator")
    ResponseEntity<OperatorChange> linkMember(
            @PathVariable String username, @Valid @RequestBody MemberLink request, Principal principal) {
        return answer(operators.linkMember(principal.getName(), username, request.memberId()));
    }

    @Operation(summary = "Enable an operator", description = "Enabling waits for a second administrator (202).")
    @ProblemCode(status = 409, code = "operator_change_pending")
    @PostMapping("/api/v1/operators/{username}/enable")
    @ApiResponse(responseCode = "202", description = "enabling awaits a second administrator")
    ResponseEntity<OperatorChange> enable(@PathVariable String username, Principal principal) {
        return answer(operators.enable(principal.getName(), username));
    }

    @Operation(summary = "Disable an operator", description = "Disables at once and ends the operator's sessions; 204.")
    @ProblemCode(status = 409, code = "last_administrator")
    @PostMapping("/api/v1/operators/{username}/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(@PathVariable String username, Principal principal) {
        operators.disable(principal.getName(), username);
    }

    @Operation(summary = "Delete an operator", description = "Deletes at once and ends the operator's sessions; 204.")
    @ProblemCode(status = 409, code = "last_administrator")
    @DeleteMapping("/api/v1/operators/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String username, Principal principal) {
        operators.delete(principal.getName(), username);
    }

    /** 202 while the change waits for a second administrator, 200 once it took effect. */
    static ResponseEntity<OperatorChange> answer(OperatorChange change) {
        return ResponseEntity.status(
                        change.state() == OperatorChangeState.PENDING ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .body(change);
    }

    record NewOperator(
            @NotNull
            @Pattern(regexp = OperatorAccountsService.USERNAME_PATTERN, message = OperatorAccountsService.USERNAME_RULE)
            String username,

            @NotBlank String password,
            @NotEmpty Set<@NotNull Role> roles,

            @Pattern(regexp = MemberIds.PATTERN, message = "must be 1-64 letters, digits, '.', '_' or '-'")
            String memberId) {

        @Override
        public String toString() {
            return "NewOperator[username=" + username + ", roles=" + roles + ", memberId=" + memberId + "]";
        }
    }

    record NewRoles(@NotEmpty Set<@NotNull Role> roles) {}

    /** {@code memberId} null unlinks the operator. */
    record MemberLink(
            @Pattern(regexp = MemberIds.PATTERN, message = "must be 1-64 letters, digits, '.', '_' or '-'")
            String memberId) {}
}
