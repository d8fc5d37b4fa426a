package com.aeghash.rank.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aeghash.rank.Rank;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.MemberJwts;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Ranks kept current by registrations, orders and refunds, and read through the API and the tree. */
@IntegrationTest
class RankIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private RankScenario scenario() {
        return new RankScenario(context);
    }

    @Test
    void ownSalesMakeD0AndARefundTakesItBackKeepingTheHighest() {
        RankScenario scenario = scenario();
        String member = scenario.register(TestIds.member(), scenario.root(), "Sales Person");
        String first = scenario.pay(member, "150");
        scenario.settle();
        assertThat(scenario.rank(member)).isEqualTo(Rank.FREE);

        scenario.pay(member, "50");
        scenario.settle();
        assertThat(scenario.rank(member)).isEqualTo(Rank.D0);

        scenario.refund(member, first);
        scenario.settle();
        Map<String, Object> rank =
                ApiClient.admin(port).get("/api/v1/members/" + member + "/rank").map();
        assertThat(rank).containsEntry("current", "FREE").containsEntry("highest", "D0");
        List<Map<String, Object>> history = historyOf(rank);
        assertThat(history).hasSize(2);
        assertThat(history.get(0))
                .containsEntry("from", "D0")
                .containsEntry("to", "FREE")
                .containsEntry("cause", "ORDER_REFUNDED")
                .containsEntry("causeReference", first);
        assertThat(history.get(1))
                .containsEntry("from", "FREE")
                .containsEntry("to", "D0")
                .containsEntry("cause", "ORDER_PAID");
        assertThat(scenario.jdbc()
                        .queryForObject(
                                "SELECT COUNT(*) FROM audit_events WHERE action = 'rank.changed' AND target = ?",
                                Long.class,
                                member))
                .isEqualTo(2);
    }

    @Test
    void aChangePropagatesUpOnlyAsFarAsRanksChange() {
        RankScenario scenario = scenario();
        String top = scenario.register(TestIds.member(), scenario.root(), null);
        String upper = scenario.register(TestIds.member(), top, null);
        String left = scenario.register(TestIds.member(), upper, null);
        String right = scenario.register(TestIds.member(), upper, null);
        scenario.pay(left, "200");
        scenario.settle();
        assertThat(scenario.ranks(List.of(top, upper, left)))
                .containsEntry(left, Rank.D0)
                .containsEntry(upper, Rank.FREE)
                .containsEntry(top, Rank.FREE);

        scenario.pay(right, "300");
        scenario.settle();
        assertThat(scenario.rank(right)).isEqualTo(Rank.D0);
        assertThat(scenario.rank(upper)).isEqualTo(Rank.D1);
        // top has one D1 referral only: unchanged, and the walk stopped there
        assertThat(scenario.rank(top)).isEqualTo(Rank.FREE);
        assertThat(scenario.jdbc()
                        .queryForObject(
                                "SELECT cause FROM member_rank_history WHERE member_id = ?", String.class, upper))
                .isEqualTo("REFERRAL_RANK_CHANGED");
    }

    @Test
    void tenDirectReferralsMakeD0() {
        RankScenario scenario = scenario();
        String sponsor = scenario.register(TestIds.member(), scenario.root(), null);
        List<String> referrals = new ArrayList<>();
        for (int index = 0; index < 10; index++) {
            referrals.add(scenario.register(TestIds.member(), sponsor, null));
            scenario.settle();
            assertThat(scenario.rank(sponsor)).isEqualTo(index < 9 ? Rank.FREE : Rank.D0);
        }
        assertThat(scenario.jdbc()
                        .queryForObject(
                                "SELECT cause_reference FROM member_rank_history WHERE member_id = ?",
                                String.class,
                                sponsor))
                .isEqualTo(referrals.get(9));
    }

    @Test
    void treeNodesAndMemberReadsShowRankAndName() {
        RankScenario scenario = scenario();
        String member = scenario.register(TestIds.member(), scenario.root(), "  Kim Min-su ");
        scenario.pay(member, "200");
        scenario.settle();

        Map<String, Object> details =
                ApiClient.admin(port).get("/api/v1/members/" + member).map();
        assertThat(details).containsEntry("name", "Kim Min-su").containsEntry("rank", "D0");
        assertThat(details).containsKeys("leftLegPv", "rightLegPv");
        Map<String, Object> tree = ApiClient.admin(port)
                .get("/api/v1/members/" + member + "/organization?tree=unilevel&depth=1")
                .map();
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) tree.get("root");
        assertThat(root).containsEntry("name", "Kim Min-su").containsEntry("rank", "D0");
    }

    @Test
    void aBadNameIsA400AndRegistersNothing() {
        String member = TestIds.member();
        String root = scenario().root();
        for (String name : List.of("   ", "x".repeat(101), "bad\u0007name")) {
            ApiClient.Response response = ApiClient.admin(port)
                    .postJson(
                            "/api/v1/members",
                            Map.of("memberId", member, "referrerId", root, "sponsorId", root, "name", name));
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.text("code")).isEqualTo("validation_failed");
        }
        assertThat(ApiClient.admin(port).get("/api/v1/members/" + member).status())
                .isEqualTo(404);
    }

    @Test
    void aMemberTokenReadsOnlyItsOwnRank() {
        RankScenario scenario = scenario();
        String member = scenario.register(TestIds.member(), scenario.root(), null);
        String other = scenario.register(TestIds.member(), scenario.root(), null);
        scenario.settle();
        ApiClient own = ApiClient.bearer(port, MemberJwts.forMember(member));
        assertThat(own.get("/api/v1/members/" + member + "/rank").map()).containsEntry("current", "FREE");
        assertThat(own.get("/api/v1/members/" + other + "/rank").status()).isEqualTo(403);
        assertThat(ApiClient.admin(port)
                        .get("/api/v1/members/unknown-member-x/rank")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anAdminStartsARecomputationAndOperatorsFollowIt() {
        ApiClient.Response refused = ApiClient.newOperator(port, "OPERATIONS").post("/api/v1/ranks/recomputations");
        assertThat(refused.status()).isEqualTo(403);

        ApiClient.Response started = ApiClient.admin(port).post("/api/v1/ranks/recomputations");
        assertThat(started.status()).isEqualTo(202);
        Number id = (Number) started.map().get("id");
        assertThat(started.map()).containsEntry("requestedBy", "admin");
        ApiClient follower = ApiClient.newOperator(port, "FINANCE");
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> follower.get("/api/v1/ranks/recomputations/" + id)
                                .map()
                                .get("state"),
                        "COMPLETED"::equals);
        Map<String, Object> run =
                follower.get("/api/v1/ranks/recomputations/" + id).map();
        assertThat(run.get("levelsDone")).isEqualTo(run.get("totalLevels"));
        assertThat(runIdsPagedByOne(follower)).contains(id.longValue()).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(follower.get("/api/v1/ranks/recomputations?cursor=not-a-cursor")
                        .status())
                .isEqualTo(400);
        assertThat(scenario()
                        .jdbc()
                        .queryForList(
                                "SELECT action FROM audit_events WHERE target = ? ORDER BY id",
                                String.class,
                                "recomputation:" + id))
                .containsExactly("rank.recomputation_started", "rank.recomputation_completed");
        assertThat(follower.get("/api/v1/ranks/recomputations/999999999").status())
                .isEqualTo(404);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> historyOf(Map<String, Object> rank) {
        return (List<Map<String, Object>>) rank.get("history");
    }

    @Test
    void eachRankChangeIsAMemberRankChangedWebhookForTheMember() {
        ApiClient.Response endpoint = ApiClient.admin(port)
                .post(
                        "/api/v1/webhook-endpoints",
                        "{\"url\":\"https://app.example.com/rank-hooks\",\"eventTypes\":[\"member.rank_changed\"]}");
        assertThat(endpoint.status()).isEqualTo(201);
        TestSecrets.register(endpoint.text("secret"));
        long endpointId = endpoint.json().path("endpoint").path("id").asLong();
        RankScenario scenario = scenario();
        String member = scenario.register(TestIds.member(), scenario.root(), null);
        String order = scenario.pay(member, "200");
        scenario.settle();
        scenario.refund(member, order);
        scenario.settle();

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(scenario.jdbc()
                                .queryForList(
                                        "SELECT payload FROM webhook_deliveries WHERE endpoint_id = ? AND member_id = ?"
                                                + " ORDER BY id",
                                        String.class,
                                        endpointId,
                                        member))
                        .hasSize(2)
                        .satisfiesExactly(
                                first -> assertThat(first)
                                        .contains("\"type\":\"member.rank_changed\"")
                                        .contains("\"from\":\"FREE\",\"to\":\"D0\",\"cause\":\"ORDER_PAID\""),
                                second -> assertThat(second)
                                        .contains("\"from\":\"D0\",\"to\":\"FREE\",\"cause\":\"ORDER_REFUNDED\"")));
        ApiClient.admin(port).delete("/api/v1/webhook-endpoints/" + endpointId);
    }

    /** Every run's id, newest first, read one page of one run at a time through {@code next}. */
    private static List<Long> runIdsPagedByOne(ApiClient client) {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        do {
            var page = client.get("/api/v1/ranks/recomputations?limit=1" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            assertThat(page.path("items").size()).isLessThanOrEqualTo(1);
            page.path("items").forEach(run -> ids.add(run.path("id").asLong()));
            cursor = page.path("next").isNull() ? null : page.path("next").asString();
        } while (cursor != null && ids.size() < 1000);
        return ids;
    }
}
