package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusDebts;
import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.organization.OrganizationQueries;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A member's bonus debt: as the member's other reads, any operator or that member's JWT. */
@RestController
class BonusDebtController {

    private final BonusDebts debts;
    private final OrganizationQueries organization;

    BonusDebtController(BonusDebts debts, OrganizationQueries organization) {
        this.debts = debts;
        this.organization = organization;
    }

    /**
     * What the member owes after refunds took back confirmed bonuses their available balance did not cover.
     *
     * @param asset always {@code POINT}
     */
    record BonusDebt(String memberId, String asset, BigDecimal debt) {}

    @Operation(
            summary = "Get a member's bonus debt",
            description =
                    "What the member owes (POINT, a decimal string, 0 when nothing) after refunds took back confirmed bonuses their available balance no longer covered; their next confirmed bonuses repay it first. The history is the member's statement with `bucket=BONUS_DEBT`. 404 for a member who is not registered.")
    @GetMapping("/api/v1/members/{memberId}/bonus-debt")
    BonusDebt debtOf(@PathVariable String memberId) {
        String member = MemberIds.require(memberId, "memberId");
        if (!organization.isRegistered(member)) {
            throw ApiException.notFound("member " + member);
        }
        return new BonusDebt(member, "POINT", debts.debtOf(member));
    }
}
