package com.aeghash.simulation;

import static com.aeghash.simulation.Checks.expect;
import static com.aeghash.simulation.Checks.pause;

import com.aeghash.testsupport.ApiClient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The checks of the rank-dependent bonuses against the {@link Model} and its {@link RankModel}: every rank the step
 * changed is the service's (read back before the clock moves on, so the service's rank history carries the step's
 * time), the center shares an order did not pay are recorded with the model's reasons, a closing's global share
 * pools, counts and splits what the model computed, and every global share entry of a member of the run is one the
 * model expects (confirmed, once).
 */
final class BonusChecks {

    private static final int RANK_READS = 80;
    private final SimulationRun run;
    private final Model model;

    BonusChecks(SimulationRun run) {
        this.run = run;
        this.model = run.model;
    }

    /**
     * The ranks the step changed, read until the service's asynchronous rank walk agrees (up to two seconds): a walk
     * that ends elsewhere, or not at all, fails here.
     */
    void ranksSettled() {
        List<String> changed = new ArrayList<>(model.ranks.changed);
        model.ranks.changed.clear();
        for (String member : changed) {
            String expected = RankModel.NAMES.get(model.ranks.level(member));
            String actual = null;
            for (int read = 0; read < RANK_READS && !expected.equals(actual); read++) {
                if (read > 0) {
                    pause();
                }
                actual = rankOf(member);
            }
            expect(expected.equals(actual), "rank of " + member + " is " + actual + ", the model expects " + expected);
        }
    }

    /** Every rank of the run (and the platform root's) against the model, at the end of a run. */
    void everyRank() {
        List<String> members = new ArrayList<>(model.ranks.members());
        members.add(SimulationRun.GLOBAL_ROOT);
        for (String member : members) {
            String expected = RankModel.NAMES.get(model.ranks.level(member));
            String actual = rankOf(member);
            expect(expected.equals(actual), "rank of " + member + " is " + actual + ", the model expects " + expected);
        }
    }

    String rankOf(String member) {
        ApiClient.Response response = run.app.admin().get("/api/v1/members/" + member + "/rank?historyLimit=1");
        expect(response.status() == 200, "rank of " + member + ": " + response.body());
        return response.json().path("current").asString();
    }

    /** The center shares the order did not pay, as recorded in its transaction, against the model's reasons. */
    void unpaidCenterShares(String orderReference, List<String> expected) {
        List<String> actual = run.app
                .context()
                .getBean(JdbcClient.class)
                .sql("""
                        SELECT bonus_type, reason, beneficiary_member_id, beneficiary_rank FROM bonus_unpaid_shares
                        WHERE order_reference = :reference AND bonus_type IN ('CENTER', 'CENTER_REFERRAL')""")
                .param("reference", orderReference)
                .query((row, index) -> row.getString(1) + "/" + row.getString(2) + "/" + orDash(row.getString(3)) + "/"
                        + orDash(row.getString(4)))
                .list();
        expect(
                new HashMap<>(count(actual)).equals(count(expected)),
                "unpaid center shares of " + orderReference + " are " + actual + ", the model expects " + expected);
    }

    /** A closing's global share as its answer shows it, against the model's split. */
    void globalShare(Model.GlobalShare expected, JsonNode closing) {
        String where = "global share of the closing " + closing.path("id") + " " + closing.path("cutoff");
        compare(where + " PV", expected.pv(), closing.path("globalSharePv"));
        compare(where + " pool", expected.pool(), closing.path("globalSharePool"));
        expect(
                closing.path("globalShareQualifiers").asLong(-1) == expected.qualifiers(),
                where + " qualifiers " + closing.path("globalShareQualifiers") + ", the model expects "
                        + expected.qualifiers() + " (the run's D2+: "
                        + model.ranks.membersAtLeast(
                                RankModel.D2,
                                java.time.Instant.parse(closing.path("cutoff").asString()))
                        + ")");
        compare(
                where + " amount",
                expected.share().multiply(BigDecimal.valueOf(expected.qualifiers())),
                closing.path("globalShareAmount"));
        compare(where + " remainder", expected.remainder(), closing.path("globalShareRemainder"));
    }

    /** Each member's global share entries: exactly the model's, confirmed. */
    void globalShareEntries() {
        Map<String, Integer> expected = new HashMap<>();
        model.globalShares.forEach(
                entry -> expected.merge(key(entry.beneficiary, entry.amount, entry.status), 1, Integer::sum));
        Map<String, Integer> actual = new HashMap<>();
        for (String member : model.members) {
            String cursor = "";
            do {
                ApiClient.Response page =
                        run.app.admin().get("/api/v1/members/" + member + "/bonus-entries?limit=100" + cursor);
                expect(page.status() == 200, "bonus entries of " + member + ": " + page.body());
                for (JsonNode entry : page.json().path("items")) {
                    if (entry.path("type").asString().equals("GLOBAL_SHARE")) {
                        actual.merge(
                                key(
                                        member,
                                        new BigDecimal(entry.path("amount").asString()),
                                        entry.path("status").asString()),
                                1,
                                Integer::sum);
                    }
                }
                String next = page.json().path("next").asString("");
                cursor = next.isEmpty() ? null : "&cursor=" + next;
            } while (cursor != null);
        }
        expect(actual.equals(expected), "global share entries are " + actual + ", the model expects " + expected);
    }

    private static String key(String member, BigDecimal amount, String status) {
        return member + "/" + amount.stripTrailingZeros().toPlainString() + "/" + status;
    }

    private static void compare(String what, BigDecimal expected, JsonNode actual) {
        expect(
                !actual.isNull()
                        && !actual.isMissingNode()
                        && new BigDecimal(actual.asString()).compareTo(expected) == 0,
                what + " is " + actual + ", the model expects " + expected.toPlainString());
    }

    private static Map<String, Integer> count(List<String> items) {
        Map<String, Integer> counts = new HashMap<>();
        items.forEach(item -> counts.merge(item, 1, Integer::sum));
        return counts;
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
