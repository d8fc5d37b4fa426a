package com.aeghash.partner.internal.orders;

import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The contract of {@link PartnerOrderRepository} on {@code partner_orders}, on one migrated database of each kind. */
@OnEachDatabase
class JdbcPartnerOrderRepositoryIT extends PartnerOrderRepositoryContract {

    @Parameter
    TestDatabases.Kind kind;

    @RegisterExtension
    static final TestDatabaseScope databases = TestDatabaseScope.wholeClass();

    @Override
    PartnerOrderRepository createRepository() {
        DataSource dataSource = databases.open(kind);
        return new JdbcPartnerOrderRepository(JdbcClient.create(dataSource), new JdbcTemplate(dataSource));
    }
}
