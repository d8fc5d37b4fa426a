package com.aeghash.console.internal;

import static com.aeghash.console.internal.ConsoleFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Asset;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The approval queue and the decisions taken on a withdrawal's page, as approvers and as other roles see them. */
@IntegrationTest
class ConsoleWithdrawalsIT extends ConsoleOrganizationTestBase {

    ConsoleFixtures fixtures;
    String memberApp;
    String member;

    @BeforeEach
    void arrange() {
        fixtures = new ConsoleFixtures(port, ledger);
        memberApp = fixtures.operator("MEMBER_APP");
        member = OrganizationFixtures.registered(context, TestIds.member());
        fixtures.fund(member, Asset.POINT, "5000");
    }

    @Test
    void twoApproversApproveThroughTheConsoleAndTheWithdrawalMovesOn() {
        long id = fixtures.requestWithdrawal(memberApp, member, "60");
        String page = "/console/withdrawals/" + id;
        BrowserSession operations = fixtures.signedIn(fixtures.operator("OPERATIONS"));
        BrowserSession finance = fixtures.signedIn(fixtures.operator("FINANCE"));

        HttpResponse<String> first =
                operations.submit(page, page + "/approval", form("note", "checked the member", "confirmed", "true"));
        HttpResponse<String> again = operations.submit(page, page + "/approval", form("note", "", "confirmed", "true"));
        HttpResponse<String> second = finance.submit(page, page + "/approval", form("note", "", "confirmed", "true"));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body())
                .contains(
                        "id=\"withdrawal-panel\"",
                        "the withdrawal is now approved_pending",
                        "approved_stage1",
                        "checked the member");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body())
                .contains("must come from a different person", "same_approver")
                .contains(">approved_pending<");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body())
                .containsPattern("the withdrawal is now (submitted|completed)")
                .contains(">approved<", ">executing<");
        assertThat(operations.get(page).body()).containsPattern(">(submitted|completed)</span>");
    }

    @Test
    void flaggedWithdrawalIsHighlightedWithItsFindingsAndNeedsANote() {
        long id = fixtures.requestWithdrawal(memberApp, member, "1500");
        String page = "/console/withdrawals/" + id;
        BrowserSession finance = fixtures.signedIn(fixtures.operator("FINANCE"));

        String queue = finance.get("/console/withdrawals?flagged=true&memberId=" + member)
                .body();
        HttpResponse<String> withoutNote =
                finance.submit(page, page + "/approval", form("note", "  ", "confirmed", "true"));
        HttpResponse<String> withNote =
                finance.submit(page, page + "/approval", form("note", "called the member", "confirmed", "true"));

        assertThat(queue).contains("class=\"flagged\"", ">" + id + "</a>", "amount_limit: review:");
        assertThat(withoutNote.statusCode()).isEqualTo(422);
        assertThat(withoutNote.body()).contains("approving a flagged withdrawal needs a note", "note_required");
        assertThat(withNote.statusCode()).isEqualTo(200);
        assertThat(withNote.body()).contains("the withdrawal is now approved_pending", "called the member");
    }

    @Test
    void riskPageFiltersFindingsByMemberAndSeverityAndLinksTheWithdrawal() {
        long flagged = fixtures.requestWithdrawal(memberApp, member, "1200");
        BrowserSession operations = fixtures.signedIn(fixtures.operator("OPERATIONS"));

        String reviews = operations
                .get("/console/risk?memberId=" + member + "&severity=review")
                .body();
        String blocks = operations
                .get("/console/risk?memberId=" + member + "&severity=block")
                .body();
        HttpResponse<String> badSeverity = operations.get("/console/risk?severity=urgent");

        assertThat(reviews)
                .contains(
                        "/console/withdrawals/" + flagged,
                        "amount_limit",
                        ">review<",
                        "amount 1200 POINT is at or above the review limit");
        assertThat(blocks).contains("No risk events match.");
        assertThat(badSeverity.statusCode()).isEqualTo(400);
        assertThat(badSeverity.body()).contains("severity: must be info, review or block");
    }

    @Test
    void aDecisionAsksForConfirmationFirstAndChangesNothingUntilConfirmed() {
        long id = fixtures.requestWithdrawal(memberApp, member, "1500");
        String page = "/console/withdrawals/" + id;
        BrowserSession finance = fixtures.signedIn(fixtures.operator("FINANCE"));

        HttpResponse<String> asked = finance.submit(page, page + "/approval", form("note", "called the member"));
        HttpResponse<String> askedToReject = finance.submit(page, page + "/rejection", form("reason", "no"));

        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body())
                .contains("Confirm the approval", "1500", "POINT", "own account", "amount_limit: review:")
                .contains("called the member", "name=\"confirmed\" value=\"true\"", "Confirm approval");
        assertThat(askedToReject.body()).contains("Confirm the rejection", "Confirm rejection");
        assertThat(finance.get(page).body()).contains(">pending</span>").doesNotContain("approved_stage1");
    }

    @Test
    void theQueueIsOldestFirstUnlessAskedForNewest() {
        long older = fixtures.requestWithdrawal(memberApp, member, "11");
        long newer = fixtures.requestWithdrawal(memberApp, member, "12");
        BrowserSession finance = fixtures.signedIn(fixtures.operator("FINANCE"));

        String oldestFirst =
                finance.get("/console/withdrawals?memberId=" + member).body();
        String newestFirst = finance.get("/console/withdrawals?order=newest&memberId=" + member)
                .body();

        assertThat(oldestFirst.indexOf(">" + older + "</a>")).isLessThan(oldestFirst.indexOf(">" + newer + "</a>"));
        assertThat(newestFirst.indexOf(">" + newer + "</a>")).isLessThan(newestFirst.indexOf(">" + older + "</a>"));
    }

    @Test
    void rejectionNeedsAReasonAndReleasesTheWithdrawal() {
        long id = fixtures.requestWithdrawal(memberApp, member, "70");
        String page = "/console/withdrawals/" + id;
        BrowserSession operations = fixtures.signedIn(fixtures.operator("OPERATIONS"));

        HttpResponse<String> withoutReason =
                operations.submit(page, page + "/rejection", form("reason", "", "confirmed", "true"));
        HttpResponse<String> rejected =
                operations.submit(page, page + "/rejection", form("reason", "member asked", "confirmed", "true"));
        HttpResponse<String> reconcile = operations.submit(page, page + "/reconciliation", form());

        assertThat(withoutReason.statusCode()).isEqualTo(400);
        assertThat(withoutReason.body()).contains("reason: is required", "validation_failed");
        assertThat(rejected.body()).contains("the withdrawal is now rejected", "member asked");
        assertThat(reconcile.statusCode()).isEqualTo(409);
        assertThat(reconcile.body()).contains("has nothing to reconcile", "invalid_state");
        assertThat(ledger.balancesOf(member).of(Asset.POINT).available()).isEqualByComparingTo("5000");
    }

    @Test
    void administratorsReadTheQueueButGetNoButtonsAndCannotApprove() {
        long id = fixtures.requestWithdrawal(memberApp, member, "80");
        String page = "/console/withdrawals/" + id;
        BrowserSession admin = fixtures.signedInAsAdmin();
        BrowserSession operations = fixtures.signedIn(fixtures.operator("OPERATIONS"));

        String asAdmin = admin.get(page).body();
        HttpResponse<String> post = admin.submit(page, page + "/approval", form("note", "admin", "confirmed", "true"));

        // The withdrawal's own approval action (the navigation's Approvals page is another path).
        assertThat(asAdmin).contains(">pending</span>", "requested").doesNotContain(page + "/approval", "Approve");
        assertThat(operations.get(page).body()).contains("/approval", "Approve", "Reject");
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(admin.get("/console/withdrawals?memberId=" + member).body()).contains(">" + id + "</a>");
    }

    @Test
    void unknownWithdrawalAndBadFiltersAreReadableErrors() {
        BrowserSession finance = fixtures.signedIn(fixtures.operator("FINANCE"));

        HttpResponse<String> missing = finance.get("/console/withdrawals/999999999");
        HttpResponse<String> badStatus = finance.get("/console/withdrawals?status=paid");
        HttpResponse<String> badMember = finance.get("/console/withdrawals?memberId=bad%20id");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("withdrawal 999999999 not found");
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(badStatus.body()).contains("status: is not a withdrawal status");
        assertThat(badMember.body()).contains("memberId: must be 1-64 letters");
    }
}
