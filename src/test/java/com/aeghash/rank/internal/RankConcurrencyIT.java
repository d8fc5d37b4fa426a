package com.aeghash.rank.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.rank.Rank;
import com.aeghash.testsupport.Concurrently;
import com.aeghash.testsupport.PostgresIntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Two rank changes racing up the same chain on PostgreSQL: each walk sees the other's committed change where
 * their chains meet, so the common upline ends at the rank both changes together give it, with one history row.
 */
@PostgresIntegrationTest
class RankConcurrencyIT {

    private static final int TRIALS = 8;

    @Autowired
    ApplicationContext context;

    @Autowired
    IncrementalRanks incremental;

    @Test
    void twoChangesRacingUpTheSameChainMeetAtTheTop() throws Exception {
        RankScenario scenario = new RankScenario(context);
        for (int trial = 0; trial < TRIALS; trial++) {
            String top = scenario.register(TestIds.member(), scenario.root(), null);
            String left = scenario.register(TestIds.member(), top, null);
            String right = scenario.register(TestIds.member(), top, null);
            String leftDone = scenario.register(TestIds.member(), left, null);
            String leftRacing = scenario.register(TestIds.member(), left, null);
            String rightDone = scenario.register(TestIds.member(), right, null);
            String rightRacing = scenario.register(TestIds.member(), right, null);
            scenario.pay(leftDone, "200");
            scenario.pay(rightDone, "200");
            scenario.settle();
            insertOrderUnannounced(scenario, leftRacing);
            insertOrderUnannounced(scenario, rightRacing);

            List<String> racing = List.of(leftRacing, rightRacing);
            Concurrently.run(2, index -> {
                incremental.ownSalesChanged(racing.get(index), RankCause.ORDER_PAID, "race-" + index);
                return index;
            });

            assertThat(scenario.ranks(List.of(left, right, top)))
                    .containsEntry(left, Rank.D1)
                    .containsEntry(right, Rank.D1)
                    .containsEntry(top, Rank.D2);
            assertThat(scenario.jdbc()
                            .queryForList(
                                    "SELECT to_rank FROM member_rank_history WHERE member_id = ?", String.class, top))
                    .containsExactly("D2");
        }
    }

    /** A paid order the rank listener does not hear of, so that the test runs the two walks itself, at once. */
    private static void insertOrderUnannounced(RankScenario scenario, String memberId) {
        scenario.jdbc().update("""
                INSERT INTO partner_orders (partner_id, order_id, member_id, total_amount, pv_amount, channel, status,
                    bonus_entries, bonus_total, paid_at, updated_at)
                VALUES ('rank-race', ?, ?, 200, 200, 'test', 'PAID', 0, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""", TestIds.unique("race"), memberId);
    }
}
