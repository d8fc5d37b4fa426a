package com.aeghash.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.organization.Side;
import com.aeghash.organization.Spillover;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every implementation of the organization's repositories must do; run on memory, H2 and PostgreSQL. */
abstract class OrganizationRepositoryContract {

    static final Instant NOW = Instant.parse("2026-11-25T10:15:30.123456Z");

    record Repositories(
            MemberRepository members,
            UnilevelTreeRepository unilevel,
            BinaryTreeRepository binary,
            SalesVolumeEventRepository salesVolume) {}

    private MemberRepository members;
    private UnilevelTreeRepository unilevel;
    private BinaryTreeRepository binary;
    private SalesVolumeEventRepository salesVolume;

    abstract Repositories createRepositories();

    @BeforeEach
    void setUp() {
        Repositories repositories = createRepositories();
        members = repositories.members();
        unilevel = repositories.unilevel();
        binary = repositories.binary();
        salesVolume = repositories.salesVolume();
    }

    @Test
    void membersAreInsertedOnceWithTheirReferralCodeWhichNoOtherMemberTakes() {
        assertThat(members.insert("alice", "CODE0001", NOW, "ops")).isTrue();
        assertThat(members.insert("alice", "CODE0002", NOW, "ops")).isFalse();
        assertThat(members.insert("carol", "CODE0001", NOW, "ops"))
                .as("code taken")
                .isFalse();
        assertThat(members.referralCode("alice")).contains("CODE0001");
        assertThat(members.memberIdByReferralCode("CODE0001")).contains("alice");
        assertThat(members.memberIdByReferralCode("CODE0002")).isEmpty();
        assertThat(members.exists("carol")).isFalse();
        assertThat(members.exists("alice")).isTrue();
        assertThat(members.exists("bob")).isFalse();
    }

    @Test
    void onlyOneRootCanBeClaimed() {
        members.insert("r1", "ROOT0001", NOW, "ops");
        members.insert("r2", "ROOT0002", NOW, "ops");

        assertThat(members.rootMemberId()).isEmpty();
        assertThat(members.claimRoot("r1")).isTrue();
        assertThat(members.claimRoot("r2")).isFalse();
        assertThat(members.rootMemberId()).contains("r1");
    }

    @Test
    void unilevelNodesRoundTripAndListChildrenInOrder() {
        for (String member : List.of("r", "b", "a", "c")) {
            members.insert(member, "U" + member, NOW, "ops");
        }
        unilevel.insert(new UnilevelNode("r", null, 0, "r"));
        unilevel.insert(new UnilevelNode("b", "r", 1, "r/b"));
        unilevel.insert(new UnilevelNode("a", "r", 1, "r/a"));
        unilevel.insert(new UnilevelNode("c", "a", 2, "r/a/c"));

        assertThat(unilevel.find("c")).contains(new UnilevelNode("c", "a", 2, "r/a/c"));
        assertThat(unilevel.find("ghost")).isEmpty();
        // ordered by parent, then member: a's child first
        assertThat(unilevel.children(List.of("r", "a"), 10))
                .extracting(UnilevelNode::memberId)
                .containsExactly("c", "a", "b");
        assertThat(unilevel.children(List.of("r"), 1))
                .extracting(UnilevelNode::memberId)
                .containsExactly("a");
    }

    @Test
    void childrenOfMoreParentsThanOneInListHoldAreReadInGlobalOrder() {
        members.insert("r", "UR", NOW, "ops");
        unilevel.insert(new UnilevelNode("r", null, 0, "r"));
        List<String> parents = new ArrayList<>();
        for (int index = 0; index < 1200; index++) {
            String parent = String.format("p%04d", index);
            members.insert(parent, "U" + parent, NOW, "ops");
            unilevel.insert(new UnilevelNode(parent, "r", 1, "r/" + parent));
            parents.add(parent);
        }
        for (String parent : List.of("p1199", "p0000")) {
            members.insert("g-" + parent, "UG" + parent, NOW, "ops");
            unilevel.insert(new UnilevelNode("g-" + parent, parent, 2, "r/" + parent + "/g-" + parent));
        }
        Collections.reverse(parents);

        assertThat(unilevel.children(parents, 10))
                .extracting(UnilevelNode::memberId)
                .containsExactly("g-p0000", "g-p1199");
        assertThat(unilevel.children(parents, 1))
                .extracting(UnilevelNode::memberId)
                .containsExactly("g-p0000");
    }

    @Test
    void binaryNodesRoundTripWithPositionsBeyondSixtyFourBits() {
        BigInteger huge = BigInteger.ONE.shiftLeft(200).add(BigInteger.TEN);
        members.insert("deep", "DEEP0001", NOW, "ops");
        BinaryNode node = new BinaryNode("deep", null, null, null, 201, huge, "deep", BigDecimal.ZERO, BigDecimal.ZERO);

        binary.insertNode(node, NOW);

        assertThat(binary.findForPlacement("deep")).isPresent();
        assertThat(binary.findForPlacement("ghost")).isEmpty();
        BinaryNode found = binary.find("deep").orElseThrow();
        assertThat(found.position()).isEqualTo(huge);
        assertThat(found.depth()).isEqualTo(201);
        assertThat(found.leftLegPv()).isEqualByComparingTo("0");
    }

    @Test
    void firstOpenSlotIsTheShallowestThenLeftmostInsideTheRanges() {
        binary.insertOpenSlots(List.of(
                slot(3, 9, "p", Side.RIGHT),
                slot(3, 12, "q", Side.LEFT),
                slot(4, 16, "s", Side.LEFT),
                slot(2, 7, "t", Side.RIGHT)));
        // subtree of (1, 1): depth 2 -> [2, 4), depth 3 -> [4, 8), depth 4 -> [8, 16)
        List<LevelRange> ranges = BinaryPositions.subtreeRanges(1, BigInteger.ONE, 3);

        assertThat(binary.firstOpenSlot(ranges)).isEmpty();
        binary.insertOpenSlots(List.of(slot(4, 15, "u", Side.RIGHT), slot(4, 9, "v", Side.RIGHT)));
        assertThat(binary.firstOpenSlot(ranges)).contains(slot(4, 9, "v", Side.RIGHT));
        binary.insertOpenSlots(List.of(slot(3, 5, "w", Side.RIGHT)));
        assertThat(binary.firstOpenSlot(ranges)).contains(slot(3, 5, "w", Side.RIGHT));
    }

    @Test
    void aSlotIsClaimedOnlyOnce() {
        OpenSlot slot = slot(1, 0, "r", Side.LEFT);
        binary.insertOpenSlots(List.of(slot));

        assertThat(binary.claim(slot)).isTrue();
        assertThat(binary.claim(slot)).isFalse();
        assertThat(binary.firstOpenSlot(BinaryPositions.subtreeRanges(0, BigInteger.ZERO, 2)))
                .isEmpty();
    }

    @Test
    void childrenSpilloversAndLegVolumes() {
        for (String member : List.of("r", "a", "b", "c")) {
            members.insert(member, "B" + member, NOW, "ops");
        }
        BinaryNode root = BinaryNode.root("r");
        binary.insertNode(root, NOW);
        BinaryNode a = BinaryNode.placed("a", "r", root.childSlots().get(0), root.path());
        BinaryNode b = BinaryNode.placed("b", "r", root.childSlots().get(1), root.path());
        binary.insertNode(b, NOW);
        binary.insertNode(a, NOW);
        BinaryNode c = BinaryNode.placed("c", "r", a.childSlots().get(1), a.path());
        binary.insertNode(c, NOW);
        binary.recordSpillover("r", "c", a.childSlots().get(1), NOW);

        binary.addLegVolumes(List.of(
                new LegVolumeDelta("a", BigDecimal.ZERO, new BigDecimal("12.5")),
                new LegVolumeDelta("r", new BigDecimal("12.5"), BigDecimal.ZERO)));

        assertThat(binary.children(List.of("r", "a")))
                .extracting(BinaryNode::memberId)
                .containsExactly("c", "a", "b");
        assertThat(binary.find("c").orElseThrow().path()).isEqualTo("r/a/c");
        assertThat(binary.find("r").orElseThrow().leftLegPv()).isEqualByComparingTo("12.5");
        assertThat(binary.find("a").orElseThrow().rightLegPv()).isEqualByComparingTo("12.5");
        List<Spillover> log = binary.spillovers("r", 0, 10);
        assertThat(log).hasSize(1);
        assertThat(log.get(0).memberId()).isEqualTo("c");
        assertThat(log.get(0).parentId()).isEqualTo("a");
        assertThat(log.get(0).side()).isEqualTo(Side.RIGHT);
        assertThat(log.get(0).occurredAt().truncatedTo(ChronoUnit.MILLIS))
                .isEqualTo(NOW.truncatedTo(ChronoUnit.MILLIS));
        assertThat(binary.spillovers("r", log.get(0).id(), 10)).isEmpty();
    }

    @Test
    void legVolumeUpdatesOfAMissingNodeAreRefused() {
        members.insert("r", "Br", NOW, "ops");
        binary.insertNode(BinaryNode.root("r"), NOW);

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        binary.addLegVolumes(List.of(new LegVolumeDelta("ghost", BigDecimal.ONE, BigDecimal.ZERO))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void salesVolumeEventsCarryTheMembersPlacementOldestFirstAndAreDeletedOnce() {
        for (String member : List.of("r", "a", "b")) {
            members.insert(member, "S" + member, NOW, "ops");
        }
        BinaryNode root = BinaryNode.root("r");
        binary.insertNode(root, NOW);
        binary.insertNode(BinaryNode.placed("a", "r", root.childSlots().get(0), root.path()), NOW);
        binary.insertNode(BinaryNode.placed("b", "r", root.childSlots().get(1), root.path()), NOW);

        assertThat(salesVolume.append("b", new BigDecimal("7.5"), NOW)).isTrue();
        assertThat(salesVolume.append("a", new BigDecimal("-2"), NOW)).isTrue();
        assertThat(salesVolume.append("ghost", BigDecimal.ONE, NOW))
                .as("not in the binary tree")
                .isFalse();
        List<SalesVolumeEvent> pending = salesVolume.oldest(10);

        assertThat(pending).extracting(SalesVolumeEvent::memberId).containsExactly("b", "a");
        SalesVolumeEvent first = pending.get(0);
        assertThat(first.pvDelta()).isEqualByComparingTo("7.5");
        assertThat(first.depth()).isEqualTo(1);
        assertThat(first.position()).isEqualTo(BigInteger.ONE);
        assertThat(first.path()).isEqualTo("r/b");
        assertThat(salesVolume.oldest(1)).extracting(SalesVolumeEvent::memberId).containsExactly("b");
        assertThat(salesVolume.delete(List.of(first.id()))).isEqualTo(1);
        assertThat(salesVolume.delete(List.of(first.id(), pending.get(1).id())))
                .as("the first was gone")
                .isEqualTo(1);
        assertThat(salesVolume.oldest(10)).isEmpty();
    }

    static OpenSlot slot(int depth, long position, String parent, Side side) {
        return new OpenSlot(depth, BigInteger.valueOf(position), parent, side);
    }
}
