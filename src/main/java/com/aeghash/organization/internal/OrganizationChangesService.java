package com.aeghash.organization.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.organization.MemberNames;
import com.aeghash.organization.MemberRegistered;
import com.aeghash.organization.OrganizationChanges;
import com.aeghash.organization.RegisteredMember;
import com.aeghash.organization.Registration;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers members in both trees with a bounded number of statements whatever the size of the trees:
 * read the referrer, read and lock the sponsor (registrations under one sponsor queue there), insert the
 * member (its id is the conflict check), insert the unilevel node, search and claim the binary slot, insert
 * the binary node and its two open slots, log a spillover. Records sales volume for the leg totals.
 */
@Service
@Transactional
class OrganizationChangesService implements OrganizationChanges {

    private final MemberRepository members;
    private final UnilevelTreeRepository unilevel;
    private final BinaryTreeRepository binary;
    private final SalesVolumeEventRepository salesVolume;
    private final OrganizationProperties properties;
    private final SpilloverPlacement placement;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    static final int REFERRAL_CODE_DRAWS = 5;

    public OrganizationChangesService(
            MemberRepository members,
            UnilevelTreeRepository unilevel,
            BinaryTreeRepository binary,
            SalesVolumeEventRepository salesVolume,
            OrganizationProperties properties,
            Clock clock) {
        this(members, unilevel, binary, salesVolume, properties, clock, event -> {});
    }

    /** Publishes {@link MemberRegistered} for every registration. */
    @Autowired
    public OrganizationChangesService(
            MemberRepository members,
            UnilevelTreeRepository unilevel,
            BinaryTreeRepository binary,
            SalesVolumeEventRepository salesVolume,
            OrganizationProperties properties,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.members = members;
        this.unilevel = unilevel;
        this.binary = binary;
        this.salesVolume = salesVolume;
        this.properties = properties;
        this.placement = new SpilloverPlacement(binary, properties);
        this.clock = clock;
    }

    @Override
    public RegisteredMember register(Registration registration, String actor) {
        String memberId = MemberIds.require(registration.memberId(), "memberId");
        String name = MemberNames.normalize(registration.name(), "name");
        RegisteredMember registered = registration.referrerId() == null && registration.sponsorId() == null
                ? registerRoot(memberId, name, actor)
                : registerBelow(memberId, name, registration, actor);
        events.publishEvent(
                new MemberRegistered(memberId, registered.referrerId(), registered.unilevelDepth(), clock.instant()));
        return registered;
    }

    private RegisteredMember registerBelow(String memberId, String name, Registration registration, String actor) {
        String referrerId = required(registration.referrerId(), "referrerId", "referrer_required");
        String sponsorId = required(registration.sponsorId(), "sponsorId", "sponsor_required");
        UnilevelNode referrer = unilevel.find(referrerId)
                .orElseThrow(() -> ApiException.unprocessable(
                        "unknown_referrer", "referrer " + referrerId + " is not registered"));
        BinaryNode sponsor = binary.findForPlacement(sponsorId)
                .orElseThrow(() ->
                        ApiException.unprocessable("unknown_sponsor", "sponsor " + sponsorId + " is not registered"));
        if (referrer.depth() + 1 > properties.depthMax()) {
            throw SpilloverPlacement.tooDeep(referrerId);
        }
        Instant now = clock.instant();
        String referralCode = insertMember(memberId, name, actor, now);
        UnilevelNode referral = new UnilevelNode(
                memberId, referrerId, referrer.depth() + 1, TreePaths.child(referrer.path(), memberId));
        unilevel.insert(referral);
        BinaryNode node = placement.place(memberId, sponsor, now);
        return new RegisteredMember(
                memberId,
                referralCode,
                referrerId,
                referral.depth(),
                referral.path(),
                sponsorId,
                node.parentId(),
                node.side(),
                node.depth(),
                node.path(),
                !node.parentId().equals(sponsorId));
    }

    /** The root check runs before any write; the root row's key settles a race between two first members. */
    private RegisteredMember registerRoot(String memberId, String name, String actor) {
        if (members.rootMemberId().isPresent()) {
            throw rootExists();
        }
        Instant now = clock.instant();
        String referralCode = insertMember(memberId, name, actor, now);
        if (!members.claimRoot(memberId)) {
            throw rootExists();
        }
        UnilevelNode referral = new UnilevelNode(memberId, null, 0, TreePaths.root(memberId));
        unilevel.insert(referral);
        BinaryNode node = BinaryNode.root(memberId);
        binary.insertNode(node, now);
        binary.insertOpenSlots(node.childSlots());
        return new RegisteredMember(
                memberId, referralCode, null, 0, referral.path(), null, null, null, 0, node.path(), false);
    }

    private static ApiException rootExists() {
        return ApiException.unprocessable(
                "referrer_required", "the organization has its root already: referrerId and sponsorId are required");
    }

    /**
     * Inserts the member with a random referral code; an insert refused although the member does not exist met a
     * taken code, and another is drawn (at 40 random bits that stays rare until there are billions of members).
     */
    private String insertMember(String memberId, String name, String actor, Instant now) {
        for (int draw = 1; draw <= REFERRAL_CODE_DRAWS; draw++) {
            String referralCode = ReferralCodes.random();
            if (members.insert(memberId, referralCode, now, actor, name)) {
                return referralCode;
            }
            if (members.exists(memberId)) {
                throw ApiException.conflict("member_exists", "member " + memberId + " is registered already");
            }
        }
        throw new IllegalStateException("no free referral code in " + REFERRAL_CODE_DRAWS + " draws");
    }

    private static String required(String value, String field, String code) {
        if (value == null || value.isBlank()) {
            throw ApiException.unprocessable(code, field + " is required once the organization has its root");
        }
        return MemberIds.require(value, field);
    }

    /** One insert: the ancestors' totals are the leg-volume job's work ({@link LegVolumeJob}). */
    @Override
    public void addSalesVolume(String memberId, BigDecimal pvDelta) {
        if (pvDelta.signum() == 0) {
            return;
        }
        if (!salesVolume.append(memberId, pvDelta, clock.instant())) {
            throw ApiException.unprocessable("unknown_member", "member " + memberId + " is not registered");
        }
    }
}
