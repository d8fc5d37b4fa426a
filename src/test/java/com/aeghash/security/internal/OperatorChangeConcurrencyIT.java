package com.aeghash.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.audit.AuditEntry;
import com.aeghash.audit.AuditLog;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.Concurrently;
import com.aeghash.testsupport.FourEyesOnOperators;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.PostgresIntegrationTest;
import com.aeghash.testsupport.RunningApplicationTest;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Confirmations of one operator change at once, on H2 and on PostgreSQL: one takes effect, the others find it decided. */
@OnEachDatabase
class OperatorChangeConcurrencyIT extends RunningApplicationTest {

    private static final String PASSWORD = "operator-race-pass-1";

    @Autowired
    AuditLog auditLog;

    OperatorChangeConcurrencyIT(TestDatabases.Kind database) {
        super(TestApplication.on(database, OnH2.class, OnPostgres.class));
    }

    @Test
    void fourConfirmationsAtOnceApplyTheChangeOnce() throws Exception {
        ApiClient admin2 = FourEyesOnOperators.secondAdministrator(port);
        String username = TestIds.unique("race").toLowerCase(Locale.ROOT);
        ApiClient.Response asked = ApiClient.admin(port)
                .postJson(
                        "/api/v1/operators",
                        Map.of("username", username, "password", PASSWORD, "roles", List.of("FINANCE")));
        String confirm = FourEyesOnOperators.changePath(asked.json().path("id").asLong(), "confirm");

        List<Integer> statuses =
                Concurrently.run(4, thread -> admin2.post(confirm).status());

        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
        assertThat(auditLog.recent(null, 500).stream()
                        .filter(entry -> username.equals(entry.target()))
                        .map(AuditEntry::action))
                .containsOnlyOnce("operator.created", "operator.change.confirmed");
        assertThat(ApiClient.as(port, username, PASSWORD)
                        .get("/api/v1/members/m/balances")
                        .status())
                .isEqualTo(200);
    }

    @IntegrationTest
    @TestPropertySource(properties = {FourEyesOnOperators.NO_SANDBOX_SWITCH, FourEyesOnOperators.BREAK_GLASS})
    private static final class OnH2 {}

    @PostgresIntegrationTest
    @TestPropertySource(properties = {FourEyesOnOperators.NO_SANDBOX_SWITCH, FourEyesOnOperators.BREAK_GLASS})
    private static final class OnPostgres {}
}
