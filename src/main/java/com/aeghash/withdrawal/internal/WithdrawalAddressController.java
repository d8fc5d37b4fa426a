package com.aeghash.withdrawal.internal;

import com.aeghash.common.web.BoundedList;
import com.aeghash.common.web.ProblemCode;
import com.aeghash.ledger.Asset;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The whitelist of external payout addresses, registered and deleted by the member app on behalf of the member. */
@RestController
class WithdrawalAddressController {

    private final WithdrawalAddressService addresses;

    WithdrawalAddressController(WithdrawalAddressService addresses) {
        this.addresses = addresses;
    }

    /** 201 when registered now, 200 with the first registration when it existed. */
    @Operation(
            summary = "Register a withdrawal address",
            description = "201 when registered now, 200 with the first registration of the same address.")
    @ProblemCode(status = 422, code = "address_limit_reached")
    @ProblemCode(status = 422, code = "asset_not_withdrawable")
    @PostMapping("/api/v1/members/{memberId}/withdrawal-addresses")
    @PreAuthorize("hasRole('MEMBER_APP')")
    @ApiResponse(responseCode = "201", description = "the address, registered now")
    @ApiResponse(responseCode = "200", description = "the first registration of the same address")
    ResponseEntity<WithdrawalAddress> register(
            @PathVariable String memberId, @Valid @RequestBody NewAddress body, Authentication caller) {
        var registration = addresses.register(caller.getName(), memberId, body.asset(), body.address(), body.label());
        return ResponseEntity.status(registration.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(registration.address());
    }

    /** 204 when deleted, 404 when the member has no address of that id. */
    @Operation(
            summary = "Delete a withdrawal address",
            description = "204 when deleted, 404 when the member has no address of that id.")
    @DeleteMapping("/api/v1/members/{memberId}/withdrawal-addresses/{addressId}")
    @PreAuthorize("hasRole('MEMBER_APP')")
    ResponseEntity<Void> delete(@PathVariable String memberId, @PathVariable long addressId, Authentication caller) {
        addresses.delete(caller.getName(), memberId, addressId);
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "List a member's withdrawal addresses",
            description = "The member's registered addresses (bounded by the per-member limit), masked as configured.")
    @BoundedList("the per-member address limit")
    @GetMapping("/api/v1/members/{memberId}/withdrawal-addresses")
    @PreAuthorize(WithdrawalController.READERS)
    List<WithdrawalAddress> list(@PathVariable String memberId) {
        return addresses.list(memberId);
    }

    record NewAddress(
            @NotNull Asset asset,
            @NotNull @Size(max = 128) String address,
            @Size(max = 100) String label) {}
}
