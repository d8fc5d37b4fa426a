package com.aeghash.bonus.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.bonus.BonusCenters;
import com.aeghash.bonus.Center;
import com.aeghash.bonus.CenterAssignment;
import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.organization.OrganizationQueries;
import com.aeghash.organization.Tree;
import com.aeghash.organization.Upline;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link BonusCenters} over the center repository; each change and its audit entry in one transaction. */
@Service
@Transactional
class CenterAdministration implements BonusCenters {

    static final int PAGE_MAX = 200;
    private final JdbcCenterRepository centers;
    private final OrganizationQueries organization;
    private final AuditLog audit;
    private final Clock clock;

    CenterAdministration(JdbcCenterRepository centers, OrganizationQueries organization, AuditLog audit, Clock clock) {
        this.centers = centers;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Center> centers(String afterMemberId, int limit) {
        return centers.after(afterMemberId, Math.min(Math.max(limit, 1), PAGE_MAX + 1));
    }

    @Override
    public Center designate(String memberId, String actor) {
        List<Upline> referrer = organization
                .uplines(requireMember(memberId), Tree.UNILEVEL, 1)
                .orElseThrow(() -> ApiException.notFound("member " + memberId));
        Center center =
                new Center(memberId, referrer.isEmpty() ? null : referrer.get(0).memberId(), actor, clock.instant());
        if (!centers.insert(center)) {
            throw ApiException.conflict("already_center", "member " + memberId + " is a center already");
        }
        audit.record(
                actor,
                "bonus.center.designated",
                memberId,
                Map.of("referrer", String.valueOf(center.referrerMemberId())));
        return center;
    }

    @Override
    public void revoke(String memberId, String actor) {
        centers.lock(requireMember(memberId)).orElseThrow(() -> ApiException.notFound("center " + memberId));
        int assignments = centers.delete(memberId);
        audit.record(
                actor, "bonus.center.revoked", memberId, Map.of("assignmentsRemoved", Integer.toString(assignments)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CenterAssignment> assignmentOf(String memberId) {
        return centers.assignmentOf(requireRegistered(memberId));
    }

    @Override
    public CenterAssignment assign(String memberId, String centerMemberId, String actor) {
        requireRegistered(memberId);
        if (centerMemberId == null || centerMemberId.isBlank()) {
            throw ApiException.validation("centerMemberId", "is required");
        }
        if (centerMemberId.equals(memberId)) {
            throw ApiException.unprocessable("self_assignment", "a member cannot be its own center");
        }
        if (centers.lock(requireRegistered(centerMemberId)).isEmpty()) {
            throw ApiException.unprocessable("not_a_center", "member " + centerMemberId + " is not a center");
        }
        Optional<CenterAssignment> before = centers.assignmentOf(memberId);
        CenterAssignment assignment = new CenterAssignment(memberId, centerMemberId, actor, clock.instant());
        centers.assign(assignment);
        audit.record(
                actor,
                "bonus.center.assigned",
                memberId,
                Map.of(
                        "center",
                        centerMemberId,
                        "previousCenter",
                        before.map(CenterAssignment::centerMemberId).orElse("none")));
        return assignment;
    }

    @Override
    public boolean clearAssignment(String memberId, String actor) {
        Optional<CenterAssignment> before = centers.assignmentOf(requireRegistered(memberId));
        if (before.isEmpty() || !centers.deleteAssignment(memberId)) {
            return false;
        }
        audit.record(
                actor,
                "bonus.center.assignment_cleared",
                memberId,
                Map.of("previousCenter", before.get().centerMemberId()));
        return true;
    }

    private String requireRegistered(String memberId) {
        if (!organization.isRegistered(requireMember(memberId))) {
            throw ApiException.notFound("member " + memberId);
        }
        return memberId;
    }

    private static String requireMember(String memberId) {
        if (!MemberIds.isValid(memberId)) {
            throw ApiException.notFound("member " + memberId);
        }
        return memberId;
    }
}
