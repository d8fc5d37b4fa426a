package com.aeghash.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.organization.RegisteredMember;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The indexed search against the definition: for random sponsors (root, shallow, deep, leaves), each
 * placement equals the one a plain breadth-first walk of the sponsor's subtree finds.
 */
class SpilloverMatchesNaiveBreadthFirstTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void everyPlacementIsTheFirstFreeSlotOfANaiveWalk(long seed) {
        InMemoryOrganization organization = new InMemoryOrganization();
        NaiveTree naive = new NaiveTree("m0");
        organization.root("m0");
        List<String> members = new ArrayList<>(List.of("m0"));
        Random random = new Random(seed);

        for (int index = 1; index <= 600; index++) {
            String sponsor = pickSponsor(members, random);
            String member = "m" + index;
            String expected = naive.place(sponsor, member);

            RegisteredMember placed = organization.under(sponsor, member);

            assertThat(placed.parentId() + "." + placed.side().code())
                    .as("placement of %s under %s", member, sponsor)
                    .isEqualTo(expected);
            members.add(member);
        }
    }

    /** Mostly the root or early members (deep spillover), sometimes anyone (sparse subtrees). */
    private static String pickSponsor(List<String> members, Random random) {
        int choice = random.nextInt(10);
        if (choice < 3) {
            return members.get(0);
        }
        if (choice < 6) {
            return members.get(random.nextInt(Math.min(members.size(), 8)));
        }
        return members.get(random.nextInt(members.size()));
    }

    /** The definition, walked node by node: level by level, left before right. */
    private static final class NaiveTree {
        private final Map<String, String[]> children = new HashMap<>();

        NaiveTree(String root) {
            children.put(root, new String[2]);
        }

        String place(String sponsor, String member) {
            Deque<String> queue = new ArrayDeque<>(List.of(sponsor));
            while (!queue.isEmpty()) {
                String node = queue.removeFirst();
                String[] slots = children.get(node);
                for (int side = 0; side < 2; side++) {
                    if (slots[side] == null) {
                        slots[side] = member;
                        children.put(member, new String[2]);
                        return node + "." + (side == 0 ? "L" : "R");
                    }
                }
                queue.addLast(slots[0]);
                queue.addLast(slots[1]);
            }
            throw new IllegalStateException("unreachable: a finite tree always has a free slot");
        }
    }
}
