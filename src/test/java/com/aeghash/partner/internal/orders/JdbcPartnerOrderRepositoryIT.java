package com.aeghash.partner.internal.orders;

import com.aeghash.testsupport.DatabasePerKind;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The contract of {@link PartnerOrderRepository} on {@code partner_orders}, on one migrated database of each kind. */
@OnEachDatabase
class JdbcPartnerOrderRepositoryIT extends PartnerOrderRepositoryContract {

    @Parameter
    TestDatabases.Kind kind;

    @Override
    PartnerOrderRepository createRepository() {
        return new JdbcPartnerOrderRepository(JdbcClient.create(DatabasePerKind.of(kind)));
    }
}
