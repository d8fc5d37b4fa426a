package com.aeghash.partner.internal.events;

import com.aeghash.testsupport.DatabasePerKind;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The contract of {@link InboundEventRepository} on {@code partner_inbound_events}, on a database of each kind. */
@OnEachDatabase
class JdbcInboundEventRepositoryIT extends InboundEventRepositoryContract {

    @Parameter
    TestDatabases.Kind kind;

    @Override
    InboundEventRepository createRepository() {
        return new JdbcInboundEventRepository(JdbcClient.create(DatabasePerKind.of(kind)));
    }
}
