package com.aeghash.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.audit.AuditLog;
import com.aeghash.ledger.Ledger;
import com.aeghash.organization.OrganizationChanges;
import com.aeghash.organization.OrganizationQueries;
import com.aeghash.organization.Registration;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.RunningApplicationTest;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The member directory and the audit search, on H2 and on PostgreSQL (prefix and pattern indexes differ). */
@OnEachDatabase
class ConsoleDirectoryAndAuditIT extends RunningApplicationTest {

    ConsoleDirectoryAndAuditIT(TestDatabases.Kind database) {
        super(TestApplication.on(database));
    }

    @Autowired
    OrganizationChanges organization;

    @Autowired
    OrganizationQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    Ledger ledger;

    @Test
    void theDirectoryFindsMembersByIdPrefixNameAndReferralCodeAPageAtATime() {
        String root = ConsoleFixtures.organizationRoot(jdbc, organization);
        String prefix = TestIds.unique("dir").toLowerCase();
        for (int index = 0; index < 27; index++) {
            organization.register(
                    new Registration(prefix + "-" + String.format("%02d", index), root, root, null), "console-test");
        }
        String named = TestIds.member();
        organization.register(new Registration(named, root, root, "Zelda " + prefix), "console-test");
        String code = queries.referralCode(named).orElseThrow();
        ConsoleFixtures fixtures = new ConsoleFixtures(port, ledger);
        BrowserSession operations = fixtures.signedIn(fixtures.operator("OPERATIONS"));

        String first = operations.get("/console/directory?q=" + prefix + "-").body();
        String second = operations
                .get("/console/directory?q=" + prefix + "-&after=" + prefix + "-24")
                .body();
        String byName = operations.get("/console/directory?q=zelda%20" + prefix).body();
        String byCode =
                operations.get("/console/directory?q=" + code.toLowerCase()).body();
        HttpResponse<String> blank = operations.get("/console/directory?q=" + "x".repeat(101));

        assertThat(first)
                .contains(">" + prefix + "-00<", ">" + prefix + "-24<", "after=" + prefix + "-24")
                .doesNotContain(">" + prefix + "-25<");
        assertThat(second)
                .contains(">" + prefix + "-25<", ">" + prefix + "-26<")
                .doesNotContain(">" + prefix + "-24<");
        assertThat(byName).contains(">" + named + "<", "Zelda " + prefix);
        assertThat(byCode).contains(">" + named + "<", code);
        assertThat(blank.statusCode()).isEqualTo(400);
    }

    @Test
    void theAuditTrailIsFilteredPagedAndExportedAsCsv() throws IOException {
        String actor = TestIds.unique("auditor");
        String target = TestIds.unique("target");
        for (int index = 0; index < 55; index++) {
            auditLog.record(
                    actor, "console.test_" + (index % 2 == 0 ? "even" : "odd"), target, Map.of("n", "" + index));
        }
        auditLog.record(actor, "other.thing", "elsewhere", Map.of("quote", "a \"quoted\", comma"));
        BrowserSession admin = new ConsoleFixtures(port, ledger).signedInAsAdmin();

        String page = admin.get("/console/audit?actor=" + actor + "&action=console.test_")
                .body();
        String evens = admin.get("/console/audit?actor=" + actor + "&action=console.test_e")
                .body();
        String byTarget =
                admin.get("/console/audit?target=elsewhere&actor=" + actor).body();
        String future = admin.get("/console/audit?actor=" + actor + "&from=2999-01-01T00:00")
                .body();
        HttpResponse<String> badTime = admin.get("/console/audit?from=yesterday");
        HttpResponse<String> csv = admin.get("/console/audit.csv?actor=" + actor);

        assertThat(page).contains("n=54", "older →").doesNotContain("n=4<", "other.thing");
        String next = page.substring(page.indexOf("/console/audit?actor="), page.indexOf("\" rel=\"next\""))
                .replace("&amp;", "&");
        assertThat(admin.get(next).body()).contains("n=4<", "n=0<").doesNotContain("n=54");
        assertThat(evens).contains("console.test_even").doesNotContain("console.test_odd");
        assertThat(byTarget).contains("other.thing").doesNotContain("console.test_");
        assertThat(future).contains("No entries.");
        assertThat(badTime.statusCode()).isEqualTo(400);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.body()))
                .getRecords();
        assertThat(rows).hasSize(56);
        assertThat(rows.get(0).get("action")).isEqualTo("other.thing");
        assertThat(rows.get(0).get("details")).isEqualTo("quote=a \"quoted\", comma");
        assertThat(rows.get(0).get("occurred_at_local")).endsWith("KST");
    }
}
