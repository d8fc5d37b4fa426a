package com.aeghash.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.organization.RegisteredMember;
import com.aeghash.organization.Side;
import com.aeghash.organization.Spillover;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-checked placements on small trees, the spillover log and the stored paths. */
class SpilloverPlacementTest {

    private final InMemoryOrganization organization = new InMemoryOrganization();

    @Test
    void membersSponsoredByTheRootFillTheTreeLevelByLevelLeftBeforeRight() {
        organization.root("r");
        List<String> parents = List.of("a", "b", "c", "d", "e", "f", "g").stream()
                .map(member -> organization.under("r", member))
                .map(placed -> placed.parentId() + "." + placed.side().code())
                .toList();

        assertThat(parents).containsExactly("r.L", "r.R", "a.L", "a.R", "b.L", "b.R", "c.L");
    }

    @Test
    void spilledMembersGetTheirParentsPathAndDepth() {
        organization.root("r");
        organization.under("r", "a");
        organization.under("r", "b");

        RegisteredMember c = organization.under("r", "c");

        assertThat(c.spillover()).isTrue();
        assertThat(c.parentId()).isEqualTo("a");
        assertThat(c.side()).isEqualTo(Side.LEFT);
        assertThat(c.binaryDepth()).isEqualTo(2);
        assertThat(c.binaryPath()).isEqualTo("r/a/c");
        assertThat(c.unilevelPath()).isEqualTo("r/c");
        assertThat(c.unilevelDepth()).isEqualTo(1);
        assertThat(c.referralCode()).hasSize(8);
    }

    @Test
    void eachSpilloverIsLoggedWithSponsorParentAndSide() {
        organization.root("r");
        for (String member : List.of("a", "b", "c", "d")) {
            organization.under("r", member);
        }

        List<Spillover> log = organization.reader.spillovers("r", 0, 10);

        assertThat(log).extracting(Spillover::memberId).containsExactly("c", "d");
        assertThat(log).extracting(Spillover::parentId).containsExactly("a", "a");
        assertThat(log).extracting(Spillover::side).containsExactly(Side.LEFT, Side.RIGHT);
        assertThat(log).allSatisfy(spillover -> {
            assertThat(spillover.sponsorId()).isEqualTo("r");
            assertThat(spillover.depth()).isEqualTo(2);
            assertThat(spillover.occurredAt()).isNotNull();
        });
    }

    @Test
    void spilloverUnderANonRootSponsorStaysInsideThatSponsorsSubtree() {
        organization.root("r");
        organization.under("r", "a");
        organization.under("r", "b");
        organization.under("a", "x1");
        organization.under("a", "x2");
        RegisteredMember x3 = organization.under("a", "x3");
        RegisteredMember y = organization.under("r", "y");
        RegisteredMember x4 = organization.under("a", "x4");
        RegisteredMember z = organization.under("b", "z");
        RegisteredMember w = organization.under("b", "w");

        assertThat(place(x3)).isEqualTo("x1.L");
        assertThat(place(y))
                .as("the root's first free slot is b.L, not below a")
                .isEqualTo("b.L");
        assertThat(place(x4)).isEqualTo("x1.R");
        assertThat(place(z)).isEqualTo("b.R");
        assertThat(place(w)).as("b's subtree: y.L, never a slot under x1 or x2").isEqualTo("y.L");
        assertThat(w.binaryPath()).isEqualTo("r/b/y/w");
        assertThat(organization.reader.spillovers("a", 0, 10))
                .extracting(Spillover::memberId)
                .containsExactly("x3", "x4");
    }

    @Test
    void breadthFirstSkipsTakenSlotsOfASparseSubtree() {
        organization.root("r");
        organization.under("r", "a");
        organization.under("r", "b");
        organization.under("a", "c");
        organization.under("c", "d");
        organization.under("d", "e");

        assertThat(place(organization.under("r", "f"))).isEqualTo("a.R");
        assertThat(place(organization.under("r", "g"))).isEqualTo("b.L");
        assertThat(place(organization.under("r", "h"))).isEqualTo("b.R");
        assertThat(place(organization.under("r", "i"))).as("c.L is d, so c.R").isEqualTo("c.R");
        assertThat(place(organization.under("r", "j"))).isEqualTo("f.L");
    }

    private static String place(RegisteredMember member) {
        return member.parentId() + "." + member.side().code();
    }
}
