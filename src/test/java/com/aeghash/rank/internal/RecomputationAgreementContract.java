package com.aeghash.rank.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.rank.Rank;
import com.aeghash.rank.RankRecomputation;
import com.aeghash.testsupport.TestIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The full recomputation agrees with the incremental ranks on a random referral tree (seeded) of a few hundred
 * members with random orders and refunds: run over the incremental ranks it changes none of them, and run over
 * ranks reset to FREE it rebuilds exactly them, with a history row for each one it changed.
 */
abstract class RecomputationAgreementContract {

    private static final int MEMBERS = 300;

    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};

    @Autowired
    ApplicationContext context;

    @Autowired
    FullRecomputation recomputation;

    @Test
    void theFullRecomputationAgreesWithTheIncrementalRanks() {
        RankScenario scenario = new RankScenario(context);
        List<String> members = randomTreeWithOrders(scenario, new Random(20261202L));
        scenario.settle();
        Map<String, Rank> incremental = scenario.ranks(members);
        assertThat(incremental.values()).as("a tree that reaches D1 and above").contains(Rank.D0, Rank.D1);

        RankRecomputation over = recomputation.runNow("test");
        assertThat(over.state()).isEqualTo("COMPLETED");
        assertThat(over.levelsDone()).isEqualTo(over.totalLevels());
        assertThat(scenario.ranks(members)).isEqualTo(incremental);
        assertThat(recomputedHistoryRows(scenario, members, over.id())).isZero();

        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(scenario.jdbc());
        named.update(
                "UPDATE member_ranks SET rank_level = 0 WHERE member_id IN (:members)", Map.of("members", members));
        RankRecomputation rebuilt = recomputation.runNow("test");
        assertThat(scenario.ranks(members)).isEqualTo(incremental);
        long ranked =
                incremental.values().stream().filter(rank -> rank != Rank.FREE).count();
        assertThat(recomputedHistoryRows(scenario, members, rebuilt.id())).isEqualTo(ranked);
        assertThat(recomputedAuditEntries(scenario, rebuilt.id()))
                .as("one rank.changed audit entry per history row, with the same member and ranks")
                .isEqualTo(recomputedHistory(scenario, rebuilt.id()))
                .hasSize((int) ranked);
        assertThat(recomputedAuditEntries(scenario, over.id())).isEmpty();
    }

    private static List<String> recomputedHistory(RankScenario scenario, long runId) {
        return scenario.jdbc()
                .queryForList(
                        "SELECT member_id || ':' || from_rank || '>' || to_rank FROM member_rank_history"
                                + " WHERE cause_reference = ? ORDER BY member_id",
                        String.class,
                        "recomputation:" + runId);
    }

    private static List<String> recomputedAuditEntries(RankScenario scenario, long runId) {
        JsonMapper json = JsonMapper.builder().build();
        return scenario
                .jdbc()
                .queryForList(
                        "SELECT target, details FROM audit_events WHERE action = 'rank.changed' AND actor = 'system:rank'"
                                + " AND details LIKE ? ORDER BY target",
                        "%recomputation:" + runId + "\"%")
                .stream()
                .map(row -> {
                    Map<String, String> details = json.readValue(String.valueOf(row.get("details")), DETAILS);
                    assertThat(details)
                            .as("the details of an incremental change's entry, nothing more")
                            .containsOnlyKeys("from", "to", "cause", "reference")
                            .containsEntry("cause", "RECOMPUTATION")
                            .containsEntry("reference", "recomputation:" + runId);
                    return row.get("target") + ":" + details.get("from") + ">" + details.get("to");
                })
                .toList();
    }

    private static long recomputedHistoryRows(RankScenario scenario, List<String> members, long runId) {
        return new NamedParameterJdbcTemplate(scenario.jdbc())
                .queryForObject("""
                        SELECT COUNT(*) FROM member_rank_history
                        WHERE cause = 'RECOMPUTATION' AND cause_reference = :run AND member_id IN (:members)""", Map.of("run", "recomputation:" + runId, "members", members), Long.class);
    }

    /** A random recursive tree below a fresh member, each member paying 0-3 orders, some refunded. */
    private static List<String> randomTreeWithOrders(RankScenario scenario, Random random) {
        List<String> members = new ArrayList<>();
        members.add(scenario.register(TestIds.member(), scenario.root(), null));
        for (int index = 1; index < MEMBERS; index++) {
            // favour recent members a little, so the tree gets both depth and width
            int referrer = random.nextBoolean()
                    ? random.nextInt(members.size())
                    : Math.max(0, members.size() - 1 - random.nextInt(5));
            members.add(scenario.register(TestIds.member(), members.get(referrer), null));
        }
        for (String member : members) {
            int orders = random.nextInt(4);
            for (int order = 0; order < orders; order++) {
                String reference = scenario.pay(member, Integer.toString(40 + random.nextInt(160)));
                if (random.nextInt(4) == 0) {
                    scenario.refund(member, reference);
                }
            }
        }
        return members;
    }
}
