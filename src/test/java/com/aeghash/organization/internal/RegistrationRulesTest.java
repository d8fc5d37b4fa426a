package com.aeghash.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.common.ApiException;
import com.aeghash.organization.OrganizationNode;
import com.aeghash.organization.OrganizationTree;
import com.aeghash.organization.Registration;
import com.aeghash.organization.Side;
import com.aeghash.organization.Tree;
import com.aeghash.organization.Upline;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationRulesTest {

    private final InMemoryOrganization organization = new InMemoryOrganization();

    @Test
    void firstMemberWithoutReferrerAndSponsorBecomesTheRootOfBothTrees() {
        var root = organization.root("r");

        assertThat(root.binaryDepth()).isZero();
        assertThat(root.binaryPath()).isEqualTo("r");
        assertThat(root.unilevelPath()).isEqualTo("r");
        assertThat(organization.members.rootMemberId()).contains("r");
    }

    @Test
    void aSecondMemberWithoutReferrerAndSponsorIsRefused() {
        organization.root("r");

        assertCode(() -> organization.root("other"), 422, "referrer_required");
        assertThat(organization.reader.isRegistered("other")).isFalse();
    }

    @Test
    void referrerAndSponsorAreBothRequiredOnceTheRootExists() {
        organization.root("r");

        assertCode(() -> organization.service.register(new Registration("a", "r", null), "t"), 422, "sponsor_required");
        assertCode(
                () -> organization.service.register(new Registration("a", null, "r"), "t"), 422, "referrer_required");
    }

    @Test
    void unknownReferrerOrSponsorIsUnprocessable() {
        organization.root("r");

        assertCode(
                () -> organization.service.register(new Registration("a", "ghost", "r"), "t"), 422, "unknown_referrer");
        assertCode(
                () -> organization.service.register(new Registration("a", "r", "ghost"), "t"), 422, "unknown_sponsor");
    }

    @Test
    void registeringAnExistingMemberIsAConflict() {
        organization.root("r");
        organization.under("r", "a");

        assertCode(() -> organization.under("r", "a"), 409, "member_exists");
    }

    @Test
    void malformedMemberIdsAreRejected() {
        assertCode(() -> organization.root("bad/id"), 400, "validation_failed");
    }

    @Test
    void referrerAndSponsorMayDiffer() {
        organization.root("r");
        organization.under("r", "a");
        organization.under("r", "b");

        var c = organization.service.register(new Registration("c", "a", "b"), "t");

        assertThat(c.referrerId()).isEqualTo("a");
        assertThat(c.unilevelPath()).isEqualTo("r/a/c");
        assertThat(c.parentId()).isEqualTo("b");
        assertThat(c.binaryPath()).isEqualTo("r/b/c");
        assertThat(organization.reader.uplines("c", Tree.UNILEVEL, 5).orElseThrow())
                .containsExactly(new Upline(1, "a"), new Upline(2, "r"));
        assertThat(organization.reader.uplines("c", Tree.BINARY, 1).orElseThrow())
                .containsExactly(new Upline(1, "b"));
    }

    @Test
    void placementsBeyondTheDepthLimitAreRefused() {
        InMemoryOrganization shallow = new InMemoryOrganization(new OrganizationProperties(2, 10, 2000, 100, 64));
        shallow.root("r");
        List.of("a", "b", "c", "d", "e", "f").forEach(member -> shallow.under("r", member));

        assertCode(() -> shallow.under("r", "g"), 422, "organization_too_deep");
    }

    @Test
    void salesVolumeIsAddedToTheMatchingLegOfEveryAncestor() {
        organization.root("r");
        List.of("a", "b", "c", "d").forEach(member -> organization.under("r", member));
        // d sits at a.R: left leg of r, right leg of a.

        organization.service.addSalesVolume("d", new BigDecimal("100"));
        organization.service.addSalesVolume("b", new BigDecimal("7.5"));
        assertThat(organization.binary.find("r").orElseThrow().leftLegPv())
                .as("not folded yet")
                .isZero();
        organization.legVolumes.foldPending();

        assertThat(organization.binary.find("r").orElseThrow().leftLegPv()).isEqualByComparingTo("100");
        assertThat(organization.binary.find("r").orElseThrow().rightLegPv()).isEqualByComparingTo("7.5");
        assertThat(organization.binary.find("a").orElseThrow().rightLegPv()).isEqualByComparingTo("100");
        assertThat(organization.binary.find("a").orElseThrow().leftLegPv()).isEqualByComparingTo("0");
        assertThat(organization.binary.find("d").orElseThrow().leftLegPv()).isEqualByComparingTo("0");
    }

    @Test
    void salesVolumeOfAnUnknownMemberIsUnprocessable() {
        organization.root("r");

        assertCode(() -> organization.service.addSalesVolume("ghost", BigDecimal.TEN), 422, "unknown_member");
        assertThat(organization.salesVolume.oldest(10)).isEmpty();
    }

    @Test
    void subtreeIsNestedAndCutAtTheRequestedDepth() {
        organization.root("r");
        List.of("a", "b", "c", "d", "e").forEach(member -> organization.under("r", member));

        OrganizationTree tree = organization.reader.subtree("r", Tree.BINARY, 1).orElseThrow();

        assertThat(tree.depthShown()).isEqualTo(1);
        assertThat(tree.truncated()).isFalse();
        assertThat(tree.root().children())
                .extracting(OrganizationNode::memberId)
                .containsExactly("a", "b");
        assertThat(tree.root().children()).extracting(OrganizationNode::side).containsExactly(Side.LEFT, Side.RIGHT);
        assertThat(tree.root().children().get(0).children()).isEmpty();
        OrganizationNode deeper =
                organization.reader.subtree("r", Tree.BINARY, 2).orElseThrow().root();
        assertThat(deeper.children().get(0).children())
                .extracting(OrganizationNode::memberId)
                .containsExactly("c", "d");
    }

    @Test
    void wideUnilevelLevelsAreTruncatedAtTheNodeLimit() {
        InMemoryOrganization small = new InMemoryOrganization(new OrganizationProperties(100, 10, 3, 100, 64));
        small.root("r");
        List.of("a", "b", "c").forEach(member -> small.under("r", member));

        OrganizationTree tree = small.reader.subtree("r", Tree.UNILEVEL, 5).orElseThrow();

        assertThat(tree.truncated()).isTrue();
        assertThat(tree.root().children())
                .extracting(OrganizationNode::memberId)
                .containsExactly("a", "b");
        assertThat(tree.root().leftLegPv()).isNull();
    }

    @Test
    void readsOfAnUnknownMemberAreEmpty() {
        assertThat(organization.reader.uplines("ghost", Tree.BINARY, 3)).isEmpty();
        assertThat(organization.reader.subtree("ghost", Tree.UNILEVEL, 3)).isEmpty();
    }

    private static void assertCode(Runnable action, int status, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ApiException.class, failure -> {
            assertThat(failure.status().value()).isEqualTo(status);
            assertThat(failure.code()).isEqualTo(code);
        });
    }
}
