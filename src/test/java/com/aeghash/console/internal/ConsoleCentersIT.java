package com.aeghash.console.internal;

import static com.aeghash.console.internal.ConsoleFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.audit.AuditLog;
import com.aeghash.bonus.BonusCenters;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.organization.Registration;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The centers page: shown exactly to the roles the API serves centers to; designation, explicit assignment, clearing
 * and revocation through it, audited like the API's.
 */
@IntegrationTest
class ConsoleCentersIT extends ConsoleOrganizationTestBase {

    @Autowired
    AuditLog auditLog;

    @Autowired
    BonusCenters centers;

    @Test
    void theCentersPageIsShownExactlyToTheRolesTheApiServesCentersTo() {
        ConsoleFixtures fixtures = new ConsoleFixtures(port, ledger);
        for (String role : new String[] {"OPERATIONS", "FINANCE", "ADMIN"}) {
            String operator = fixtures.operator(role);
            int api = ApiClient.as(port, operator, ConsoleFixtures.passwordOf(operator))
                    .get("/api/v1/centers")
                    .status();

            assertThat(fixtures.signedIn(operator).get("/console/centers").statusCode())
                    .as(role)
                    .isEqualTo(api);
            assertThat(api).as(role).isEqualTo(role.equals("ADMIN") ? 200 : 403);
        }
    }

    @Test
    void anAdministratorDesignatesAssignsClearsAndRevokesACenter() {
        String root = OrganizationFixtures.root(context, "console-center-root", "test");
        String center = register(root);
        String buyer = register(center);
        BrowserSession admin = new ConsoleFixtures(port, ledger).signedInAsAdmin();

        HttpResponse<String> designationAsked =
                admin.submit("/console/centers", "/console/centers", form("memberId", center));
        HttpResponse<String> designated =
                admin.submit("/console/centers", "/console/centers", form("memberId", center, "confirmed", "true"));
        HttpResponse<String> again =
                admin.submit("/console/centers", "/console/centers", form("memberId", center, "confirmed", "true"));
        HttpResponse<String> assignmentAsked = admin.submit(
                "/console/centers", "/console/centers/assignments", form("memberId", buyer, "centerMemberId", center));
        boolean assignedBeforeConfirming = centers.assignmentOf(buyer).isPresent();
        HttpResponse<String> assigned = admin.submit(
                "/console/centers",
                "/console/centers/assignments",
                form("memberId", buyer, "centerMemberId", center, "confirmed", "true"));
        HttpResponse<String> notACenter = admin.submit(
                "/console/centers",
                "/console/centers/assignments",
                form("memberId", center, "centerMemberId", buyer, "confirmed", "true"));

        assertThat(designationAsked.statusCode()).isEqualTo(200);
        assertThat(designationAsked.body())
                .contains("Confirm: designate " + center + " as a center", "Confirm: designate")
                .doesNotContain(center + " is a center");
        assertThat(assignmentAsked.body())
                .contains("Confirm: the center of " + buyer + " is " + center, "none assigned", "Confirm: assign");
        assertThat(assignedBeforeConfirming).isFalse();

        assertThat(designated.statusCode()).isEqualTo(200);
        assertThat(designated.body()).contains(center + " is a center");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("already_center");
        assertThat(assigned.body()).contains("the center of " + buyer + " is " + center);
        assertThat(notACenter.statusCode()).isEqualTo(422);
        assertThat(notACenter.body()).contains("not_a_center");
        assertThat(admin.get("/console/centers").body()).contains(center, "Revoke");

        HttpResponse<String> clearingAsked = admin.submit(
                "/console/centers", "/console/centers/assignments", form("memberId", buyer, "centerMemberId", ""));
        boolean clearedBeforeConfirming = centers.assignmentOf(buyer).isEmpty();
        HttpResponse<String> cleared = admin.submit(
                "/console/centers",
                "/console/centers/assignments",
                form("memberId", buyer, "centerMemberId", "", "confirmed", "true"));
        HttpResponse<String> revocationAsked =
                admin.submit("/console/centers", "/console/centers/" + center + "/revocation", form());
        boolean revokedBeforeConfirming = centers.centers(null, 200).stream()
                .noneMatch(shown -> shown.memberId().equals(center));
        HttpResponse<String> revoked = admin.submit(
                "/console/centers", "/console/centers/" + center + "/revocation", form("confirmed", "true"));

        assertThat(clearingAsked.body()).contains("Confirm: " + buyer + " has no explicit center", "Confirm: clear");
        assertThat(clearedBeforeConfirming).isFalse();
        assertThat(revocationAsked.body()).contains("Confirm: " + center + " is no longer a center", "Confirm: revoke");
        assertThat(revokedBeforeConfirming).isFalse();

        assertThat(cleared.body()).contains(buyer + " has no explicit center now");
        assertThat(revoked.body()).contains(center + " is no longer a center");
        assertThat(auditLog.recent(null, 500))
                .filteredOn(
                        entry -> entry.target().equals(center) || entry.target().equals(buyer))
                .extracting(entry -> entry.action())
                .contains(
                        "bonus.center.designated",
                        "bonus.center.assigned",
                        "bonus.center.assignment_cleared",
                        "bonus.center.revoked");
    }

    private String register(String referrer) {
        return organization
                .register(new Registration(TestIds.member(), referrer, referrer), "test")
                .memberId();
    }
}
