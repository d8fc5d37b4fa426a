package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.BonusRanks;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.organization.Registration;
import com.aeghash.testsupport.PostgresIntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@link BonusRanks} port the global share reads on PostgreSQL: a member's rank at an instant comes from the
 * rank history, and the members at or above a rank at an instant are listed and counted alike. Its cut-off window
 * is one of {@link GlobalShareIT}'s, so the two classes' rank histories never overlap.
 */
@PostgresIntegrationTest
class BonusRanksAtInstantIT extends BonusDistributionTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BonusRanks ranks;

    @Test
    void ranksAtAnInstantComeFromTheFirstChangeAfterIt() {
        Instant at = GlobalShareIT.randomCutoff("2024-01-01T00:00:00Z");
        String root = OrganizationFixtures.root(context, "share-root", "test");
        String steady = register(root);
        String rising = register(root);
        String neverRanked = TestIds.member();
        RankFixtures.settle(jdbc);
        RankFixtures.change(jdbc, steady, "D3", at.minus(Duration.ofDays(1)));
        RankFixtures.change(jdbc, rising, "D1", at.minus(Duration.ofDays(1)));
        RankFixtures.change(jdbc, rising, "D4", at.plus(Duration.ofDays(1)));

        assertThat(ranks.levelsAt(List.of(steady, rising, neverRanked), at))
                .containsEntry(steady, BonusRanks.Level.D3)
                .containsEntry(rising, BonusRanks.Level.D1)
                .containsEntry(neverRanked, BonusRanks.Level.FREE);
        assertThat(ranks.levelsAt(List.of(rising), at.plus(Duration.ofDays(2))))
                .containsEntry(rising, BonusRanks.Level.D4);
        assertThat(ranks.membersAtLeast(BonusRanks.Level.D2, at))
                .contains(steady)
                .doesNotContain(rising);
        assertThat(ranks.membersAtLeast(BonusRanks.Level.D2, at.plus(Duration.ofDays(2))))
                .contains(steady, rising);
        assertThat(ranks.membersAtLeast(BonusRanks.Level.D4, at.plus(Duration.ofDays(2))))
                .contains(rising)
                .doesNotContain(steady)
                .isSorted();
        for (Instant instant : List.of(at, at.plus(Duration.ofDays(2)))) {
            for (BonusRanks.Level level : BonusRanks.Level.values()) {
                assertThat(ranks.countAtLeast(level, instant))
                        .as("the count of %s and higher at %s", level, instant)
                        .isEqualTo(ranks.membersAtLeast(level, instant).size());
            }
        }
    }

    private String register(String referrer) {
        return organization
                .register(new Registration(TestIds.member(), referrer, referrer), "test")
                .memberId();
    }
}
