package com.aeghash.organization.internal;

import com.aeghash.organization.MemberPosition;
import com.aeghash.organization.MemberPositions;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a member's position from the member row and both tree nodes (three keyed reads). */
@Service
@Transactional(readOnly = true)
class MemberPositionsService implements MemberPositions {

    private final MemberRepository members;
    private final UnilevelTreeRepository unilevel;
    private final BinaryTreeRepository binary;

    MemberPositionsService(MemberRepository members, UnilevelTreeRepository unilevel, BinaryTreeRepository binary) {
        this.members = members;
        this.unilevel = unilevel;
        this.binary = binary;
    }

    @Override
    public Optional<MemberPosition> position(String memberId) {
        Optional<String> referralCode = members.referralCode(memberId);
        if (referralCode.isEmpty()) {
            return Optional.empty();
        }
        UnilevelNode referral = unilevel.find(memberId).orElseThrow(() -> missingNode(memberId, "referral"));
        BinaryNode sponsor = binary.find(memberId).orElseThrow(() -> missingNode(memberId, "sponsor"));
        return Optional.of(new MemberPosition(
                memberId,
                members.names(List.of(memberId)).get(memberId),
                referralCode.get(),
                referral.referrerId(),
                referral.depth(),
                sponsor.sponsorId(),
                sponsor.parentId(),
                sponsor.side(),
                sponsor.depth(),
                sponsor.leftLegPv(),
                sponsor.rightLegPv()));
    }

    /** Registration writes the member and both nodes in one transaction: a member without a node is corrupt data. */
    private static IllegalStateException missingNode(String memberId, String tree) {
        return new IllegalStateException("registered member " + memberId + " has no node in the " + tree + " tree");
    }
}
