package com.aeghash.mining.internal.procurement;

import com.aeghash.approval.ApprovalRequest;
import com.aeghash.approval.Checker;
import com.aeghash.common.ApiException;
import com.aeghash.security.Operator;
import com.aeghash.security.OperatorAccounts;
import com.aeghash.security.Role;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The withdrawals' optional distinct-roles rule applied to procurements and their decisions
 * ({@code aeghash.mining.procurement.distinct-roles-required}, by default the withdrawal setting): when on, the maker
 * and the checker must be one OPERATIONS and one FINANCE operator (by the roles they hold when the checker approves).
 */
@Component
class DistinctRoles {

    private final OperatorAccounts operators;
    private final ProcurementProperties properties;

    DistinctRoles(OperatorAccounts operators, ProcurementProperties properties) {
        this.operators = operators;
        this.properties = properties;
    }

    /**
     * In the handler, for every approval path (also {@code /api/v1/approval-requests}).
     *
     * @throws ApiException 409 {@code distinct_roles_required} when the rule is on and the roles are not complementary
     *     (the approval module then ends the request {@code failed}, and the procurement {@code not_approved})
     */
    void require(ApprovalRequest request, String checker) {
        if (properties.distinctRolesRequired() && !complementary(rolesOf(request.maker()), rolesOf(checker))) {
            throw refusal();
        }
    }

    /**
     * Before the procurement's own approval endpoint asks the approval module, so a checker of the maker's role is
     * refused with the request still pending (another operator may approve it). The maker approving their own request
     * and a checker with neither role are left to the approval module ({@code same_approver}, 403).
     *
     * @throws ApiException 409 {@code distinct_roles_required}
     */
    void requireBeforeApproving(String maker, Checker checker) {
        boolean checks =
                checker.roles().contains(Role.OPERATIONS) || checker.roles().contains(Role.FINANCE);
        if (properties.distinctRolesRequired()
                && checks
                && !checker.isSamePersonAs(maker)
                && !complementary(rolesOf(maker), checker.roles())) {
            throw refusal();
        }
    }

    private static ApiException refusal() {
        return ApiException.conflict(
                "distinct_roles_required", "the maker and the checker must be one OPERATIONS and one FINANCE operator");
    }

    /** True when one can act as OPERATIONS and the other as FINANCE. */
    static boolean complementary(Set<Role> maker, Set<Role> checker) {
        return (maker.contains(Role.OPERATIONS) && checker.contains(Role.FINANCE))
                || (maker.contains(Role.FINANCE) && checker.contains(Role.OPERATIONS));
    }

    private Set<Role> rolesOf(String username) {
        return operators.list().stream()
                .filter(operator -> operator.username().equalsIgnoreCase(username))
                .map(Operator::roles)
                .findFirst()
                .orElse(Set.of());
    }
}
