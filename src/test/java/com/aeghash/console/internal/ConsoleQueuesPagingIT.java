package com.aeghash.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The approval queue of withdrawals, the risk findings and a member's rank changes, each walked page by page with
 * more rows than a page holds, forward along the next links and back along the previous ones: every row once in the
 * list's order with the filters kept in every link, and a row added between two page loads neither repeats nor hides
 * one.
 */
@OnEachDatabase
class ConsoleQueuesPagingIT extends ConsolePagingTestBase {

    private static final Pattern WITHDRAWAL = Pattern.compile("/console/withdrawals/(\\d+)\"");

    ConsoleQueuesPagingIT(TestDatabases.Kind database) {
        super(database);
    }

    @Test
    void theApprovalQueueIsPagedByKeysetOldestFirstWithItsFiltersBothWays() {
        String member = TestIds.member();
        List<Long> flagged = new ArrayList<>();
        IntStream.range(0, 50).forEach(index -> {
            long id = withdrawal(member, index % 5 != 0);
            if (index % 5 != 0) {
                flagged.add(id);
            }
        });
        BrowserSession operations = signedIn();
        String queue = "/console/withdrawals?status=rejected&flagged=true&memberId=" + member;
        List<Long> added = new ArrayList<>();

        List<PageWalk.Page> pages = new PageWalk(operations, WITHDRAWAL)
                .afterFirstPage(() -> added.add(withdrawal(member, true)))
                .walk(queue);

        List<String> expected = new ArrayList<>(links(flagged));
        expected.addAll(links(added));
        PageWalk.assertShown(pages, expected);
        assertThat(pages.get(0).markers()).hasSize(WithdrawalPagesController.PAGE_SIZE);
        assertThat(pages.get(1).next()).contains("status=rejected", "flagged=true", "memberId=" + member, "after=");
        String previous = previousOf(operations, pages.get(1).next());
        assertThat(previous).contains("memberId=" + member).doesNotContain("after=");
        assertThat(markersOf(operations, previous)).isEqualTo(pages.get(1).markers());
        assertThat(markersOf(operations, previousOf(operations, previous)))
                .isEqualTo(pages.get(0).markers());
        List<PageWalk.Page> newest = new PageWalk(operations, WITHDRAWAL).walk(queue + "&order=newest");
        List<String> newestFirst = new ArrayList<>(expected);
        Collections.reverse(newestFirst);
        PageWalk.assertShown(newest, newestFirst);
        assertThat(operations.get(queue + "&after=x").statusCode()).isEqualTo(400);
        assertThat(operations.get(queue + "&back=x").statusCode()).isEqualTo(400);
    }

    @Test
    void riskFindingsArePagedNewestFirstByMemberAndSeverityBothWays() {
        String member = TestIds.member();
        String prefix = TestIds.unique("risk").toLowerCase(Locale.ROOT);
        IntStream.range(0, 70).forEach(index -> finding(member, prefix, index, index % 7 == 0 ? "info" : "review"));
        BrowserSession operations = signedIn();
        Pattern marker = Pattern.compile(Pattern.quote(prefix) + "-\\d{3}");
        String list = "/console/risk?memberId=" + member + "&severity=review";

        List<PageWalk.Page> pages = new PageWalk(operations, marker)
                .afterFirstPage(() -> finding(member, prefix, 70, "review"))
                .walk(list);

        List<String> expected = new ArrayList<>(IntStream.range(0, 70)
                .filter(index -> index % 7 != 0)
                .mapToObj(index -> prefix + "-" + String.format("%03d", index))
                .toList());
        Collections.reverse(expected);
        PageWalk.assertShown(pages, expected);
        assertThat(pages.get(0).markers()).hasSize(RiskPageController.PAGE_SIZE);
        String previous = previousOf(operations, lastAddress(pages));
        assertThat(previous).contains("severity=review", "memberId=" + member);
        assertThat(new PageWalk(operations, marker).walk(previous).get(0).markers())
                .isEqualTo(pages.get(pages.size() - 2).markers());
        assertThat(operations.get(list + "&before=x").statusCode()).isEqualTo(400);
    }

    @Test
    void aMembersRankChangesArePagedNewestFirst() {
        String member = TestIds.member();
        String prefix = TestIds.unique("rank").toLowerCase(Locale.ROOT);
        jdbc.sql("""
                        INSERT INTO member_ranks (member_id, referrer_id, depth, rank_level, highest_level, rank_since,
                            updated_at)
                        VALUES (:member, NULL, 0, 1, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""").param("member", member).update();
        IntStream.range(0, 45).forEach(index -> rankChange(member, prefix, index));
        BrowserSession operations = signedIn();

        List<PageWalk.Page> pages = new PageWalk(operations, Pattern.compile(Pattern.quote(prefix) + "-\\d{3}"))
                .within(PageWalk.between("<h3>Rank changes</h3>", "<h2>Organization"))
                .afterFirstPage(() -> rankChange(member, prefix, 45))
                .walk("/console/members?memberId=" + member);

        List<String> expected = new ArrayList<>(IntStream.range(0, 45)
                .mapToObj(index -> prefix + "-" + String.format("%03d", index))
                .toList());
        Collections.reverse(expected);
        PageWalk.assertShown(pages, expected);
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0).markers()).hasSize(MemberPageController.RECENT);
        assertThat(pages.get(1).next()).contains("memberId=" + member, "rankBefore=");
    }

    /** A decided (rejected) withdrawal: no job picks it up, and the queue filtered on it shows only this test's. */
    private long withdrawal(String member, boolean flagged) {
        String key = TestIds.unique("paging");
        jdbc.sql("""
                        INSERT INTO withdrawal_requests (member_id, asset, amount, status, flagged, requested_by,
                            idempotency_key, request_fingerprint, reconcile_attempts, needs_operator, version,
                            created_at, updated_at)
                        VALUES (:member, 'POINT', 5, 'rejected', :flagged, 'paging-test', :key, 'f', 0, FALSE, 0,
                            CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .param("member", member)
                .param("flagged", flagged)
                .param("key", key)
                .update();
        return jdbc.sql("SELECT id FROM withdrawal_requests WHERE idempotency_key = :key")
                .param("key", key)
                .query(Long.class)
                .single();
    }

    private void finding(String member, String prefix, int index, String severity) {
        jdbc.sql("""
                        INSERT INTO risk_events (member_id, subject, rule, severity, message, attributes, occurred_at)
                        VALUES (:member, :subject, 'amount_limit', :severity, 'paging', '{}', CURRENT_TIMESTAMP)""")
                .param("member", member)
                .param("subject", "test:" + prefix + "-" + String.format("%03d", index))
                .param("severity", severity)
                .update();
    }

    private void rankChange(String member, String prefix, int index) {
        jdbc.sql("""
                        INSERT INTO member_rank_history (member_id, from_rank, to_rank, cause, cause_reference,
                            changed_at)
                        VALUES (:member, 'FREE', 'D0', 'RECOMPUTATION', :reference, CURRENT_TIMESTAMP)""")
                .param("member", member)
                .param("reference", prefix + "-" + String.format("%03d", index))
                .update();
    }

    /** The address of the last page of a walk: the next link of the one before it. */
    private static String lastAddress(List<PageWalk.Page> pages) {
        return pages.get(pages.size() - 2).next();
    }

    /** The previous-page link of the page at {@code address}. */
    private static String previousOf(BrowserSession browser, String address) {
        String body = browser.get(address).body();
        Matcher previous = Pattern.compile("<a href=\"([^\"]+)\" rel=\"prev\"").matcher(body);
        assertThat(previous.find()).as("previous link on " + address).isTrue();
        return previous.group(1).replace("&amp;", "&");
    }

    private static List<String> markersOf(BrowserSession browser, String address) {
        return new PageWalk(browser, WITHDRAWAL).walk(address).get(0).markers();
    }

    private static List<String> links(List<Long> ids) {
        return ids.stream().map(id -> "/console/withdrawals/" + id + "\"").toList();
    }
}
