package com.aeghash.partner.internal.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.StatementCounter;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The contract of {@link PartnerRateWindowRepository} on {@code partner_rate_windows}, on one migrated database of
 * each kind, and what a permit costs: one statement (two for a window's first call).
 */
@OnEachDatabase
class JdbcPartnerRateWindowRepositoryIT extends PartnerRateWindowRepositoryContract {

    @Parameter
    TestDatabases.Kind kind;

    @RegisterExtension
    static final TestDatabaseScope databases = TestDatabaseScope.wholeClass();

    @Override
    PartnerRateWindowRepository createRepository() {
        return new JdbcPartnerRateWindowRepository(JdbcClient.create(databases.open(kind)));
    }

    @Test
    void aPermitCostsOneStatementAndAWindowsFirstCallTwo() {
        DataSource counted = StatementCounter.wrap(databases.open(kind));
        PartnerRateWindowRepository windows = new JdbcPartnerRateWindowRepository(JdbcClient.create(counted));
        String partner = TestIds.unique("p");

        assertThat(StatementCounter.record(() -> windows.take(partner, 100, 2)).statements())
                .hasSize(2);
        assertThat(StatementCounter.record(() -> windows.take(partner, 100, 2)).statements())
                .hasSize(1);
        assertThat(StatementCounter.record(() -> windows.take(partner, 100, 2)).statements())
                .as("a limited call: the update finds the window full, the insert finds it there, the update again")
                .hasSize(3);
    }
}
