package com.aeghash.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.rank.internal.RankScenario;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import org.junit.jupiter.api.Test;

/** The member page shows the rank, the highest and the history; tree nodes show rank and name. */
@IntegrationTest
class ConsoleRankIT extends ConsoleOrganizationTestBase {

    @Test
    void memberPageAndTreeShowRankAndName() {
        RankScenario scenario = new RankScenario(context);
        String member = scenario.register(TestIds.member(), scenario.root(), "Lee Ji-woo");
        String order = scenario.pay(member, "250");
        scenario.settle(); // else the paid order's recomputation may already read it refunded: no change at all
        scenario.refund(member, order);
        scenario.settle();
        ConsoleFixtures fixtures = new ConsoleFixtures(port, ledger);

        String page = fixtures.signedIn(fixtures.operator("OPERATIONS"))
                .get("/console/members?memberId=" + member)
                .body();
        assertThat(page).contains("Rank", "Highest ever", ">D0<", ">FREE<", "ORDER_PAID", "ORDER_REFUNDED", order);
        assertThat(page).contains(">Lee Ji-woo<");

        String tree = fixtures.signedIn(fixtures.operator("OPERATIONS"))
                .get("/console/organization?memberId=" + member)
                .body();
        assertThat(tree).contains(">Lee Ji-woo<", ">FREE<");
    }
}
