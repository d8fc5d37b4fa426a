package com.aeghash.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.approval.ApprovalRequest;
import com.aeghash.approval.ApprovalRequests;
import com.aeghash.approval.NewApprovalRequest;
import com.aeghash.bonus.BonusCenters;
import com.aeghash.idempotency.IdempotencyKey;
import com.aeghash.ledger.Ledger;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import com.aeghash.organization.OrganizationChanges;
import com.aeghash.organization.Registration;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.RunningApplicationTest;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console's lists that can grow, each walked page by page with more rows than a page holds: every row once, in
 * the list's order, and a row added between two page loads neither repeats nor hides one (it follows at the end of
 * a list in working order, and stays off the later pages of a newest-first list).
 */
@OnEachDatabase
class ConsolePagingIT extends RunningApplicationTest {

    private static final String LEDGER_ADJUSTMENT = "ledger.adjustment";
    private static final String BACKDATED_RUN = "mining.backdated_run";

    ConsolePagingIT(TestDatabases.Kind database) {
        super(TestApplication.on(database));
    }

    @Autowired
    ApprovalRequests approvals;

    @Autowired
    Notifier notifier;

    @Autowired
    BonusCenters centers;

    @Autowired
    OrganizationChanges organization;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Ledger ledger;

    @Autowired
    JsonMapper json;

    @Test
    void theApprovalQueueIsTheWholeQueueOldestFirstByKindAndTheRecentRequestsNewestFirst() {
        String prefix = TestIds.unique("q").toLowerCase(Locale.ROOT);
        List<ApprovalRequest> filed = new ArrayList<>();
        try {
            IntStream.range(0, 55).forEach(index -> filed.add(file(LEDGER_ADJUSTMENT, prefix + "-a-", index)));
            IntStream.range(0, 3).forEach(index -> filed.add(file(BACKDATED_RUN, prefix + "-b-", index)));
            BrowserSession operations = signedIn();
            PageWalk queue = new PageWalk(operations, Pattern.compile(Pattern.quote(prefix) + "-[ab]-\\d{3}"))
                    .within(PageWalk.between("<h2>Awaiting approval</h2>", "<h2>Recent requests</h2>"))
                    .afterFirstPage(() -> filed.add(file(LEDGER_ADJUSTMENT, prefix + "-a-", 55)));

            List<PageWalk.Page> ofOneKind = queue.walk("/console/approvals?kind=" + LEDGER_ADJUSTMENT);

            PageWalk.assertShown(ofOneKind, subjects(prefix + "-a-", 0, 56));
            List<PageWalk.Page> recent = new PageWalk(
                            operations, Pattern.compile(Pattern.quote(prefix) + "-[ab]-\\d{3}"))
                    .within(PageWalk.between("<h2>Recent requests</h2>", null))
                    .afterFirstPage(() -> filed.add(file(BACKDATED_RUN, prefix + "-b-", 3)))
                    .walk("/console/approvals");
            List<String> filedInOrder = new ArrayList<>(subjects(prefix + "-a-", 0, 56));
            filedInOrder.addAll(55, subjects(prefix + "-b-", 0, 3));
            PageWalk.assertShown(recent, newestFirst(filedInOrder));
            assertThat(recent.get(0).markers()).hasSize(ApprovalsPageController.PAGE_SIZE);
            assertThat(operations.get("/console/approvals").body())
                    .contains("<option value=\"" + LEDGER_ADJUSTMENT + "\"", "<option value=\"" + BACKDATED_RUN + "\"");
            assertThat(operations.get("/console/approvals?after=first").statusCode())
                    .isEqualTo(400);
        } finally {
            filed.forEach(request -> approvals.cancel(request.id(), "console-maker", "test over"));
        }
    }

    @Test
    void alertsArePagedNewestFirstAndANewAlertStaysOnTheFirstPage() {
        String prefix = TestIds.unique("alert").toLowerCase(Locale.ROOT);
        IntStream.range(0, 55).forEach(index -> raise(prefix, index));
        BrowserSession operations = signedIn();

        List<PageWalk.Page> pages = new PageWalk(operations, Pattern.compile(Pattern.quote(prefix) + "-\\d{3}"))
                .afterFirstPage(() -> raise(prefix, 55))
                .walk("/console/alerts");

        List<String> shown = PageWalk.markers(pages);
        assertThat(shown).doesNotHaveDuplicates().doesNotContain(prefix + "-055");
        assertThat(shown).containsExactlyInAnyOrderElementsOf(subjects(prefix + "-", 0, 55));
        assertThat(pages.get(0).markers()).hasSize(AlertsPageController.PAGE_SIZE);
        assertThat(pages.get(1).first()).isEqualTo("/console/alerts");
        assertThat(pages.get(pages.size() - 1).next()).isNull();
        assertThat(operations.get("/console/alerts?before=1.not-a-uuid").statusCode())
                .isEqualTo(400);
    }

    @Test
    void centersArePagedByMemberId() {
        String root = ConsoleFixtures.organizationRoot(jdbc, organization);
        String prefix = TestIds.unique("ctr").toLowerCase(Locale.ROOT);
        IntStream.range(0, 55).forEach(index -> designate(root, prefix, index));

        List<PageWalk.Page> pages = new PageWalk(
                        new ConsoleFixtures(port, ledger).signedInAsAdmin(),
                        Pattern.compile(Pattern.quote(prefix) + "-\\d{3}"))
                .afterFirstPage(() -> designate(root, prefix, 55))
                .walk("/console/centers");

        PageWalk.assertShown(pages, subjects(prefix + "-", 0, 56));
    }

    @Test
    void productsArePagedBySku() {
        String prefix = TestIds.unique("P").toUpperCase(Locale.ROOT);
        IntStream.range(0, 55).forEach(index -> product(prefix, index));

        List<PageWalk.Page> pages = new PageWalk(
                        new ConsoleFixtures(port, ledger).signedInAsAdmin(),
                        Pattern.compile(Pattern.quote(prefix) + "-\\d{3}"))
                .afterFirstPage(() -> product(prefix, 55))
                .walk("/console/products");

        PageWalk.assertShown(pages, subjects(prefix + "-", 0, 56));
    }

    @Test
    void webhookDeliveriesArePagedNewestFirst() {
        String prefix = TestIds.unique("wh").toLowerCase(Locale.ROOT);
        jdbc.sql("""
                        INSERT INTO webhook_endpoints (url, event_types, state, created_by, created_at, updated_at)
                        VALUES ('https://paging.example/hooks', 'WITHDRAWAL_STATE_CHANGED', 'DISABLED', 'test',
                                CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""").update();
        long endpointId = jdbc.sql("SELECT MAX(id) FROM webhook_endpoints WHERE url = 'https://paging.example/hooks'")
                .query(Long.class)
                .single();
        IntStream.range(0, 55).forEach(index -> delivery(endpointId, prefix, index));

        List<PageWalk.Page> pages = new PageWalk(
                        new ConsoleFixtures(port, ledger).signedInAsAdmin(),
                        Pattern.compile(Pattern.quote(prefix) + "-\\d{3}"))
                .afterFirstPage(() -> delivery(endpointId, prefix, 55))
                .walk("/console/webhooks");

        PageWalk.assertShown(pages, newestFirst(subjects(prefix + "-", 0, 55)));
    }

    private BrowserSession signedIn() {
        ConsoleFixtures fixtures = new ConsoleFixtures(port, ledger);
        return fixtures.signedIn(fixtures.operator("OPERATIONS"));
    }

    private ApprovalRequest file(String kind, String subjectPrefix, int index) {
        return approvals.submit(new NewApprovalRequest(
                kind,
                subjectPrefix + String.format("%03d", index),
                json.createObjectNode().put("n", index),
                "console-maker",
                "paging test"));
    }

    private void raise(String prefix, int index) {
        notifier.alertIndependently(
                Alert.warning("console-test", prefix + "-" + String.format("%03d", index), "paging", Map.of()));
    }

    private void designate(String root, String prefix, int index) {
        String member = prefix + "-" + String.format("%03d", index);
        organization.register(new Registration(member, root, root), "console-test");
        centers.designate(member, "console-test");
    }

    private void product(String prefix, int index) {
        ApiClient.Response created = ApiClient.admin(port)
                .header(IdempotencyKey.HEADER, TestIds.unique("key"))
                .post("/api/v1/products", """
                        {"sku":"%s-%03d","name":"Paged box","price":{"amount":"5","currency":"USD"},"pvAmount":"7"}""".formatted(prefix, index));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private void delivery(long endpointId, String prefix, int index) {
        String member = prefix + "-" + String.format("%03d", index);
        jdbc.sql("""
                        INSERT INTO webhook_deliveries (endpoint_id, message_id, event_key, event_type, member_id,
                            payload, state, attempts, ordered_at, created_at, next_attempt_at, finished_at)
                        VALUES (:endpoint, :message, :event, 'withdrawal.state_changed', :member, '{}', 'DELIVERED',
                            1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .param("endpoint", endpointId)
                .param("message", TestIds.unique("msg"))
                .param("event", member)
                .param("member", member)
                .update();
    }

    private static List<String> newestFirst(List<String> inOrder) {
        List<String> reversed = new ArrayList<>(inOrder);
        Collections.reverse(reversed);
        return reversed;
    }

    /** {@code prefix000} to {@code prefix<to - 1>}. */
    private static List<String> subjects(String prefix, int from, int to) {
        return IntStream.range(from, to)
                .mapToObj(index -> prefix + String.format("%03d", index))
                .toList();
    }
}
