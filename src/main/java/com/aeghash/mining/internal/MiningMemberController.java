package com.aeghash.mining.internal;

import com.aeghash.common.Amounts;
import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.common.web.ProblemCode;
import com.aeghash.mining.HashPowerChange;
import com.aeghash.mining.Mining;
import com.aeghash.mining.MiningBalanceRecord;
import com.aeghash.security.OperatorIdentity;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.security.Principal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member's hash power and mining balance. Mined coins leave a member's balance only through a withdrawal request
 * (risk checks, two approvers), whose payout step calls {@code MiningWithdrawals}: there is no endpoint that withdraws
 * them directly.
 */
@RestController
class MiningMemberController {

    private final Mining mining;
    private final OperatorIdentity identity;

    MiningMemberController(Mining mining, OperatorIdentity identity) {
        this.mining = mining;
        this.identity = identity;
    }

    /**
     * SETS (does not add to) the member's hash power in MH/s: the ledger HASHPOWER balance becomes
     * {@code amount}; the difference is posted against the issuance account. The same {@code reference} again
     * is a no-op returning the first result ({@code replayed: true}); reused for another member or amount: 409.
     */
    @ProblemCode(status = 409, code = "reference_conflict")
    @ProblemCode(status = 422, code = "unknown_member")
    @PostMapping("/api/v1/members/{memberId}/mining/hash-power")
    @PreAuthorize("hasRole('OPERATIONS')")
    @Operation(
            summary = "Set (not add to) a member's hash power in MH/s",
            description = "The member's HASHPOWER balance becomes `amount`; the difference is posted against the "
                    + "hash-power issuance account under the ledger reference `hash-power:{reference}`. The same "
                    + "reference again changes nothing and answers the first result with `replayed: true`; a "
                    + "reference reused for another member or amount is a 409 `reference_conflict`.")
    HashPowerChange setHashPower(
            @PathVariable String memberId, @Valid @RequestBody HashPowerRequest request, Principal principal) {
        requireNotTheMember(principal, MemberIds.require(memberId, "memberId"));
        return mining.setHashPower(memberId, request.amount(), request.reference(), principal.getName());
    }

    /** Hash power, last date credited by the daily ETL, and coins mined in total (404 before any hash power). */
    @Operation(
            summary = "Get a member's mining balance",
            description =
                    "Hash power, the last date the daily ETL credited and the coins mined in total (404 before any hash power).")
    @GetMapping("/api/v1/members/{memberId}/mining")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'OPERATIONS')")
    MiningBalanceRecord miningBalance(@PathVariable String memberId) {
        return mining.miningBalance(MemberIds.require(memberId, "memberId"))
                .orElseThrow(() -> ApiException.notFound("mining balance of " + memberId));
    }

    /** The member's own operator moves nothing of the member's (the operator's identity is the security module's). */
    private void requireNotTheMember(Principal operator, String memberId) {
        if (identity.isMember(operator.getName(), memberId)) {
            throw OperatorIdentity.memberOwnOperator(operator.getName(), memberId);
        }
    }

    record HashPowerRequest(
            @NotNull @DecimalMin("0") @Digits(integer = Amounts.INTEGER_DIGITS_MAX, fraction = Amounts.MEMBER_SCALE)
            BigDecimal amount,

            @NotBlank String reference) {}
}
