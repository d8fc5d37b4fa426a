package com.aeghash.console.internal;

import static com.aeghash.console.internal.ConsoleFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.approval.ApprovalRequests;
import com.aeghash.approval.ApprovalStatus;
import com.aeghash.ledger.Ledger;
import com.aeghash.mining.Mining;
import com.aeghash.mining.support.HashPowerHistory;
import com.aeghash.mining.support.TestDates;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.sandbox.MBlockSandbox;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import com.aeghash.wallet.Wallets;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Job runs with progress, the project snapshot, and the operators' decision on an unknown wallet transaction. */
@IntegrationTest
class ConsoleJobsIT {

    static final String ERROR_12 = "Request Time out, Transaction receipt not found.";
    static final String TOKEN = "0x55d398326f99059ff775485246999027b3197955";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Ledger ledger;

    @Autowired
    Mining mining;

    @Autowired
    Wallets wallets;

    @Autowired
    MBlockSandbox mblock;

    @Autowired
    ApprovalRequests approvals;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void operationsRunsTheEtlForADateAndTakesASnapshot() {
        ConsoleFixtures fixtures = new ConsoleFixtures(port, ledger);
        LocalDate date = TestDates.unusedPastDate();
        HashPowerHistory.heldAllDay(
                jdbc, OrganizationFixtures.registered(context, TestIds.member()), new BigDecimal("10"), date);
        BrowserSession operations = fixtures.signedIn(fixtures.operator("OPERATIONS"));
        BrowserSession checker = fixtures.signedIn(fixtures.operator("OPERATIONS"));

        HttpResponse<String> unconfirmed =
                operations.submit("/console/jobs", "/console/jobs/etl-runs", form("date", date.toString()));
        boolean askedBeforeConfirming = approvals.list(ApprovalStatus.AWAITING_APPROVAL, 200).stream()
                .anyMatch(request -> request.subject().equals("mining-run:" + date));
        HttpResponse<String> asked = operations.submit(
                "/console/jobs", "/console/jobs/etl-runs", form("date", date.toString(), "confirmed", "true"));
        long requestId = approvals.list(ApprovalStatus.AWAITING_APPROVAL, 200).stream()
                .filter(request -> request.subject().equals("mining-run:" + date))
                .findFirst()
                .orElseThrow()
                .id();
        String listed = checker.get("/console/approvals").body();
        HttpResponse<String> confirmation = checker.submit(
                "/console/approvals", "/console/approvals/" + requestId + "/approval", form("note", "checked"));
        HttpResponse<String> approved = checker.submit(
                "/console/approvals",
                "/console/approvals/" + requestId + "/approval",
                form("note", "checked", "confirmed", "true"));
        HttpResponse<String> run = operations.submit(
                "/console/jobs", "/console/jobs/etl-runs", form("date", date.toString(), "confirmed", "true"));
        HttpResponse<String> badDate = operations.submit(
                "/console/jobs", "/console/jobs/etl-runs", form("date", "31/01/2025", "confirmed", "true"));
        HttpResponse<String> badDateUnconfirmed =
                operations.submit("/console/jobs", "/console/jobs/etl-runs", form("date", "31/01/2025"));
        HttpResponse<String> snapshot = operations.submit("/console/jobs", "/console/jobs/project-snapshots", form());
        String page = operations.get("/console/jobs").body();

        assertThat(unconfirmed.statusCode()).isEqualTo(200);
        assertThat(unconfirmed.body())
                .contains("Confirm the mining ETL of " + date, "Confirm: run the ETL", "name=\"confirmed\"")
                .doesNotContain("A second operator must approve this");
        assertThat(askedBeforeConfirming).isFalse();
        assertThat(asked.body()).contains("A second operator must approve this: request " + requestId);
        assertThat(listed).contains("mining-run:" + date, "Approve", "Reject");
        assertThat(confirmation.body())
                .contains("Confirm the approval of request " + requestId, "mining-run:" + date, "Confirm approval")
                .doesNotContain("approved: executed");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(approved.body()).contains("Request " + requestId + " approved: executed");
        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(run.body()).containsPattern("ETL run of " + date + " is completed: (\\d+) of \\1 members processed");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("date: must be a date such as 2025-01-31");
        assertThat(badDateUnconfirmed.statusCode()).isEqualTo(400);
        assertThat(snapshot.body()).containsPattern("Snapshot \\d+ taken").contains("MH/s", "LTC");
        assertThat(page).contains(">" + date + "<", "Run the ETL", "Take a snapshot now", "Mining withdrawals");
    }

    @Test
    void financeReadsTheJobsButGetsNoEtlButton() {
        // (FINANCE may decide unknown wallet transactions, with a second operator: see the test below.)
        ConsoleFixtures fixtures = new ConsoleFixtures(port, ledger);
        BrowserSession finance = fixtures.signedIn(fixtures.operator("FINANCE"));

        HttpResponse<String> page = finance.get("/console/jobs?miningStatus=unknown");
        HttpResponse<String> post = finance.submit(
                "/console/jobs",
                "/console/jobs/etl-runs",
                form("date", TestDates.unusedPastDate().toString()));
        HttpResponse<String> badStatus = finance.get("/console/jobs?miningStatus=lost");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Mining ETL runs", "HashDam project").doesNotContain("Run the ETL");
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(badStatus.body()).contains("miningStatus: must be one of");
    }

    @Test
    void operationsAsksToDeclareAnUnknownWalletTransferFailedFinanceApprovesItAndAdminCannot() {
        ConsoleFixtures fixtures = new ConsoleFixtures(port, ledger);
        long id = unknownTransfer(fixtures);
        BrowserSession admin = fixtures.signedInAsAdmin();
        BrowserSession operations = fixtures.signedIn(fixtures.operator("OPERATIONS"));
        BrowserSession finance = fixtures.signedIn(fixtures.operator("FINANCE"));
        String action = "/console/wallet-transactions/" + id + "/resolution";

        String listed = operations.get("/console/jobs").body();
        HttpResponse<String> byAdmin = admin.submit("/console/jobs", action, form("outcome", "failed", "note", "x"));
        HttpResponse<String> withoutNote =
                operations.submit("/console/jobs", action, form("outcome", "failed", "note", "", "confirmed", "true"));
        HttpResponse<String> unconfirmed = operations.submit(
                "/console/jobs", action, form("outcome", "failed", "note", "not on the chain explorer"));
        boolean askedBeforeConfirming = approvals.list(ApprovalStatus.AWAITING_APPROVAL, 200).stream()
                .anyMatch(request -> request.subject().equals("wallet-transaction:" + id));
        HttpResponse<String> asked = operations.submit(
                "/console/jobs",
                action,
                form("outcome", "failed", "note", "not on the chain explorer", "confirmed", "true"));
        String stillUnknown = wallets.transaction(id).status().code();
        long requestId = approvals.list(ApprovalStatus.AWAITING_APPROVAL, 200).stream()
                .filter(request -> request.subject().equals("wallet-transaction:" + id))
                .findFirst()
                .orElseThrow()
                .id();
        HttpResponse<String> byMaker = operations.submit(
                "/console/approvals", "/console/approvals/" + requestId + "/approval", form("confirmed", "true"));
        HttpResponse<String> approved = finance.submit(
                "/console/approvals", "/console/approvals/" + requestId + "/approval", form("confirmed", "true"));

        assertThat(listed).contains(action, "Decide");
        assertThat(admin.get("/console/jobs").body()).doesNotContain(action);
        assertThat(byAdmin.statusCode()).isEqualTo(403);
        assertThat(withoutNote.statusCode()).isEqualTo(400);
        assertThat(withoutNote.body()).contains("note: must say why");
        assertThat(unconfirmed.statusCode()).isEqualTo(200);
        assertThat(unconfirmed.body())
                .contains(
                        "Confirm: transaction " + id + " did not happen",
                        "Destination",
                        "0x2222",
                        TOKEN.substring(0, 6),
                        "not on the chain explorer",
                        "Confirm: it did not happen")
                .doesNotContain("0x2222222222222222222222222222222222222222", "A second operator must approve");
        assertThat(askedBeforeConfirming).isFalse();
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("A second operator must approve this: request " + requestId);
        assertThat(stillUnknown).isEqualTo("unknown");
        assertThat(byMaker.statusCode()).isEqualTo(409);
        assertThat(byMaker.body()).contains("same_approver");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(approved.body()).contains("Request " + requestId + " approved: executed");
        assertThat(wallets.transaction(id).status().code()).isEqualTo("failed");
        assertThat(wallets.transaction(id).resolutionNote()).isEqualTo("not on the chain explorer");
        assertThat(wallets.transaction(id).approvedBy()).isNotNull();
    }

    /** A transfer MBlock answered with error 12 (sent, no receipt): recorded unknown, left to the janitor. */
    private long unknownTransfer(ConsoleFixtures fixtures) {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        String address = wallets.createWallet(member).wallet().address();
        mblock.walletKeyOf(address).ifPresent(TestSecrets::register);
        ApiClient admin = ApiClient.admin(port);
        assertThat(admin.put(
                                "/sandbox/faults/mblock/transferByWalletKey",
                                "{\"errorRate\":1,\"errorMessage\":\"" + ERROR_12 + "\",\"times\":1}")
                        .status())
                .isEqualTo(200);
        String memberApp = fixtures.operator("MEMBER_APP");
        ApiClient.Response transfer = ApiClient.as(port, memberApp, ConsoleFixtures.passwordOf(memberApp))
                .post(
                        "/api/v1/members/" + member + "/wallet/transfers",
                        "{\"to\":\"0x2222222222222222222222222222222222222222\",\"amount\":\"1\",\"contract\":\""
                                + TOKEN + "\"}");
        assertThat(transfer.json().path("status").asString())
                .as(transfer.body())
                .isEqualTo("unknown");
        return transfer.json().path("id").asLong();
    }
}
