package com.aeghash.console.internal;

import static com.aeghash.console.internal.ConsoleFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.audit.AuditLog;
import com.aeghash.ledger.Ledger;
import com.aeghash.notification.Alert;
import com.aeghash.notification.AlertDesk;
import com.aeghash.notification.AlertHistory;
import com.aeghash.notification.Notifier;
import com.aeghash.notification.RecordedAlert;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ConsoleAlertsIT {

    @LocalServerPort
    int port;

    @Autowired
    Notifier notifier;

    @Autowired
    AlertHistory alerts;

    @Autowired
    AlertDesk desk;

    @Autowired
    AuditLog auditLog;

    @Autowired
    Ledger ledger;

    @Test
    void anOperatorAcknowledgesThenResolvesWithANoteAndBothAreAudited() {
        UUID id = raised(TestIds.unique("console-ack"));
        ConsoleFixtures fixtures = new ConsoleFixtures(port, ledger);
        String operator = fixtures.operator("OPERATIONS");
        BrowserSession operations = fixtures.signedIn(operator);
        String base = "/console/alerts/" + id;

        HttpResponse<String> acknowledged = operations.submit("/console/alerts", base + "/acknowledgement", form());
        HttpResponse<String> again = operations.submit("/console/alerts", base + "/acknowledgement", form());
        HttpResponse<String> withoutNote =
                operations.submit("/console/alerts", base + "/resolution", form("note", " "));
        HttpResponse<String> resolved =
                operations.submit("/console/alerts", base + "/resolution", form("note", "restarted the node"));
        HttpResponse<String> resolvedAgain =
                operations.submit("/console/alerts", base + "/resolution", form("note", "twice"));

        assertThat(acknowledged.statusCode()).isEqualTo(200);
        assertThat(acknowledged.body()).contains("id=\"alert-" + id + "\"", "acknowledged by", operator);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("already_acknowledged");
        assertThat(withoutNote.statusCode()).isEqualTo(400);
        assertThat(withoutNote.body()).contains("note: is required");
        assertThat(resolved.statusCode()).isEqualTo(200);
        assertThat(resolved.body())
                .contains("resolved by", "restarted the node")
                .doesNotContain("Acknowledge<");
        assertThat(resolvedAgain.statusCode()).isEqualTo(409);
        RecordedAlert stored = alerts.find(id).orElseThrow();
        assertThat(stored.handling().acknowledgedBy()).isEqualTo(operator);
        assertThat(stored.handling().resolutionNote()).isEqualTo("restarted the node");
        assertThat(auditLog.recent("alert.acknowledged", 200))
                .anySatisfy(entry -> assertThat(entry.toString()).contains(id.toString(), operator));
        assertThat(auditLog.recent("alert.resolved", 200))
                .anySatisfy(entry -> assertThat(entry.toString()).contains(id.toString(), "restarted the node"));
    }

    @Test
    void resolvingAnUnacknowledgedAlertAcknowledgesItAndTheCountDrops() {
        UUID id = raised(TestIds.unique("console-resolve"));
        int before = desk.countUnacknowledgedUpTo(1000);

        desk.resolve(id, "ops-test", "false alarm");

        assertThat(desk.countUnacknowledgedUpTo(1000)).isEqualTo(before - 1);
        assertThat(alerts.find(id).orElseThrow().handling().acknowledgedBy()).isEqualTo("ops-test");
    }

    @Test
    void theDashboardCountsUnacknowledgedAlerts() {
        raised(TestIds.unique("console-count"));
        ConsoleFixtures fixtures = new ConsoleFixtures(port, ledger);

        String dashboard =
                fixtures.signedIn(fixtures.operator("FINANCE")).get("/console").body();

        assertThat(dashboard).contains("Unacknowledged alerts");
    }

    private UUID raised(String title) {
        notifier.alert(Alert.warning("test", title, "something to look at", Map.of()));
        return alerts.recent(500).stream()
                .filter(recorded -> recorded.alert().title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
