package com.aeghash.partner.internal.events;

import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The contract of {@link InboundEventRepository} on {@code partner_inbound_events}, on a database of each kind. */
@OnEachDatabase
class JdbcInboundEventRepositoryIT extends InboundEventRepositoryContract {

    @Parameter
    TestDatabases.Kind kind;

    @RegisterExtension
    static final TestDatabaseScope databases = TestDatabaseScope.wholeClass();

    @Override
    InboundEventRepository createRepository() {
        return new JdbcInboundEventRepository(JdbcClient.create(databases.open(kind)));
    }
}
