package com.aeghash.organization.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.common.web.CursorPage;
import com.aeghash.common.web.ProblemCode;
import com.aeghash.organization.MemberPositions;
import com.aeghash.organization.OrganizationChanges;
import com.aeghash.organization.OrganizationTree;
import com.aeghash.organization.RegisteredMember;
import com.aeghash.organization.Registration;
import com.aeghash.organization.Spillover;
import com.aeghash.organization.Tree;
import com.aeghash.organization.Upline;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registration (operations staff and service clients) and reads of the trees (any operator). */
@RestController
class OrganizationController {

    private static final int SPILLOVERS_LIMIT = 100;
    private static final CursorPage.Keyset<Spillover> SPILLOVERS =
            new CursorPage.Keyset<>("spillover", 0, Spillover::id);
    private final OrganizationChanges organization;
    private final OrganizationQueriesService reader;
    private final OrganizationProperties properties;
    private final MemberPositions positions;

    OrganizationController(
            OrganizationChanges organization,
            OrganizationQueriesService reader,
            OrganizationProperties properties,
            MemberPositions positions) {
        this.positions = positions;
        this.organization = organization;
        this.reader = reader;
        this.properties = properties;
    }

    /** {@code name}: the optional display name, trimmed, 1-100 characters without control characters. */
    record RegistrationRequest(String memberId, String referrerId, String sponsorId, String name) {}

    record MemberView(String memberId, String referralCode) {}

    /**
     * A member as nodes show it: rank ({@code FREE}, {@code D0}...{@code D5}, null without the rank module), id,
     * display name (null when none) and the leg PV totals of the sponsor tree.
     */
    record MemberDetails(
            String memberId,
            String name,
            String rank,
            String referralCode,
            BigDecimal leftLegPv,
            BigDecimal rightLegPv) {}

    record UplineView(String memberId, Tree tree, List<Upline> uplines) {}

    @Operation(
            summary = "Register a member",
            description =
                    "Registers a member under a referrer (by id or referral code) and places them in the binary tree (under `sponsorId`, or by spillover); 201 with the member and their referral code.")
    @ProblemCode(status = 409, code = "member_exists")
    @ProblemCode(status = 422, code = "referrer_required")
    @ProblemCode(status = 422, code = "unknown_referrer")
    @ProblemCode(status = 422, code = "unknown_sponsor")
    @ProblemCode(status = 422, code = "organization_too_deep")
    @ProblemCode(status = 503, code = "placement_contended")
    @PostMapping("/api/v1/members")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('OPERATIONS', 'ADMIN')")
    RegisteredMember register(@RequestBody RegistrationRequest request, Principal operator) {
        return organization.register(
                new Registration(
                        request.memberId(),
                        blankToNull(request.referrerId()),
                        blankToNull(request.sponsorId()),
                        request.name()),
                operator.getName());
    }

    /**
     * The member a referral code belongs to, so the sign-up page can resolve the code a new member typed (case and
     * the letters O, I, L read as Crockford's base 32 does). For the member app and operators.
     */
    @Operation(
            summary = "Find a member by referral code",
            description =
                    "The member a referral code belongs to (case and the letters O, I, L read as Crockford's base 32 does), for the sign-up page.")
    @GetMapping("/api/v1/members")
    @PreAuthorize("hasAnyRole('MEMBER_APP', 'OPERATIONS', 'FINANCE', 'ADMIN')")
    MemberView memberByReferralCode(@RequestParam String referralCode) {
        String code = ReferralCodes.typed(referralCode)
                .orElseThrow(() -> ApiException.validation("referralCode", "must be 1-16 letters or digits"));
        return reader.memberIdByReferralCode(code)
                .map(id -> new MemberView(id, code))
                .orElseThrow(() -> ApiException.notFound("referral code " + referralCode));
    }

    @Operation(summary = "Get a member", description = "The member's id and referral code.")
    @GetMapping("/api/v1/members/{memberId}")
    MemberDetails member(@PathVariable String memberId) {
        String id = MemberIds.require(memberId, "memberId");
        return positions
                .position(id)
                .map(position -> new MemberDetails(
                        id,
                        position.name(),
                        reader.rankOf(id).orElse(null),
                        position.referralCode(),
                        position.leftLegPv(),
                        position.rightLegPv()))
                .orElseThrow(() -> ApiException.notFound("member " + id));
    }

    @Operation(
            summary = "Get a member's organization",
            description = "The member's subtree in the `binary` or `referral` tree, `depth` levels deep.")
    @GetMapping("/api/v1/members/{memberId}/organization")
    OrganizationTree organization(
            @PathVariable String memberId,
            @RequestParam(defaultValue = "binary") String tree,
            @RequestParam(defaultValue = "3") int depth) {
        String id = MemberIds.require(memberId, "memberId");
        if (depth < 0) {
            throw ApiException.validation("depth", "must be 0 or more");
        }
        return reader.subtree(id, Tree.fromParameter(tree, "tree"), depth)
                .orElseThrow(() -> ApiException.notFound("member " + id));
    }

    @Operation(
            summary = "Get a member's upline",
            description =
                    "The member's uplines in the `binary` or `referral` tree, nearest first, at most `levels` (capped by configuration).")
    @GetMapping("/api/v1/members/{memberId}/upline")
    UplineView upline(
            @PathVariable String memberId,
            @RequestParam(defaultValue = "binary") String tree,
            @RequestParam(defaultValue = "10") int levels) {
        String id = MemberIds.require(memberId, "memberId");
        if (levels < 1) {
            throw ApiException.validation("levels", "must be 1 or more");
        }
        Tree parsed = Tree.fromParameter(tree, "tree");
        List<Upline> uplines = reader.uplines(id, parsed, Math.min(levels, properties.uplineLevelsMax()))
                .orElseThrow(() -> ApiException.notFound("member " + id));
        return new UplineView(id, parsed, uplines);
    }

    @Operation(
            summary = "List spillovers of a sponsor",
            description = "The members placed below `sponsorId` by spillover, oldest first, a page at a time.")
    @GetMapping("/api/v1/organization/spillovers")
    CursorPage<Spillover> spillovers(
            @RequestParam String sponsorId,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        String sponsor = MemberIds.require(sponsorId, "sponsorId");
        return CursorPage.read(
                SPILLOVERS,
                cursor,
                CursorPage.limit(limit, SPILLOVERS_LIMIT),
                (afterId, rows) -> reader.spillovers(sponsor, afterId, rows));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
