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
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.regex.Pattern;
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

    private static final Pattern SIGNED_DECIMAL = Pattern.compile("^[+-]?[0-9]{1,30}(\\.[0-9]{1,30})?$");

    private final Mining mining;
    private final OperatorIdentity identity;

    MiningMemberController(Mining mining, OperatorIdentity identity) {
        this.mining = mining;
        this.identity = identity;
    }

    /**
     * Adjusts the member's hash power in MH/s by a signed {@code delta} ({@code +10}, {@code -5}), or "adjust to" a
     * {@code target} (the difference is posted); never an overwrite. Posted against the issuance account now, audited.
     */
    @ProblemCode(status = 409, code = "reference_conflict")
    @ProblemCode(status = 422, code = "unknown_member")
    @ProblemCode(status = 422, code = "hash_power_below_zero")
    @PostMapping("/api/v1/members/{memberId}/mining/hash-power/adjustments")
    @PreAuthorize("hasRole('OPERATIONS')")
    @Operation(
            summary = "Adjust a member's hash power by a signed amount (or to a target) with a reason",
            description = "Give exactly one of `delta` (signed, non-zero: `+10`, `-5`) and `target` (\"adjust to\": "
                    + "the difference to the member's hash power at this moment is posted). The change is posted "
                    + "against the hash-power issuance account under `hash-power:{reference}` and counts "
                    + "for the daily mining run from this moment on. The same reference again changes nothing and "
                    + "answers the first result with `replayed: true`; a reference reused for another member or "
                    + "amount is a 409 `reference_conflict`; a result below zero is a 422 `hash_power_below_zero`.")
    HashPowerChange adjustHashPower(
            @PathVariable String memberId, @Valid @RequestBody HashPowerAdjustmentBody request, Principal principal) {
        requireNotTheMember(principal, MemberIds.require(memberId, "memberId"));
        if ((request.delta() == null) == (request.target() == null)) {
            throw ApiException.validation("delta", "give exactly one of delta (signed) and target");
        }
        return request.delta() != null
                ? mining.adjustHashPower(
                        memberId, signed(request.delta()), request.reason(), request.reference(), principal.getName())
                : mining.adjustHashPowerTo(
                        memberId, request.target(), request.reason(), request.reference(), principal.getName());
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

    /** A signed decimal as operators write it ({@code +10}, {@code -5}, {@code 2.5}); JSON numbers refuse {@code +}. */
    private static BigDecimal signed(String delta) {
        if (!SIGNED_DECIMAL.matcher(delta).matches()) {
            throw ApiException.validation("delta", "must be a signed decimal such as +10 or -5");
        }
        return new BigDecimal(delta);
    }

    /** {@code delta} is text so that {@code "+10"} is accepted as written; the service checks its decimals. */
    record HashPowerAdjustmentBody(
            String delta,

            @DecimalMin("0") @Digits(integer = Amounts.INTEGER_DIGITS_MAX, fraction = Amounts.MEMBER_SCALE)
            BigDecimal target,

            @NotBlank @Size(max = 200) String reason,

            @NotBlank String reference) {}
}
