package com.aeghash.security.internal.tokens;

import com.aeghash.common.web.BoundedList;
import com.aeghash.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service tokens, for administrators: issue (201 with the token, shown this once), list (never a secret or hash),
 * revoke (the next request with the token is a 401). Two tokens of one client may be active at once while it
 * rotates.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class ServiceTokenController {

    private final ServiceTokenService tokens;

    ServiceTokenController(ServiceTokenService tokens) {
        this.tokens = tokens;
    }

    @Operation(
            summary = "Issue a service token",
            description = "A bearer token for a service (MEMBER_APP or MONITORING); the token is in this answer only.")
    @PostMapping("/api/v1/service-tokens")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedServiceToken issue(@Valid @RequestBody NewServiceToken request, Principal admin) {
        return tokens.issue(admin.getName(), request.name(), request.roles(), request.expiresAt());
    }

    @Operation(
            summary = "List service tokens",
            description = "Every service token's id, name, roles and state; never a token.")
    @BoundedList("the administered service tokens")
    @GetMapping("/api/v1/service-tokens")
    List<ServiceToken> list() {
        return tokens.list();
    }

    @Operation(summary = "Revoke a service token", description = "The token stops working at once.")
    @PostMapping("/api/v1/service-tokens/{id}/revocation")
    ServiceToken revoke(@PathVariable long id, Principal admin) {
        return tokens.revoke(admin.getName(), id);
    }

    record NewServiceToken(
            @NotBlank @Size(max = 100) String name,
            @NotEmpty Set<Role> roles,
            Instant expiresAt) {}
}
