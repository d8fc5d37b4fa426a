package com.aeghash.partner.internal.events;

import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The contract of {@link RejectedCallRepository} on {@code partner_rejected_calls}, on a database of each kind. */
@OnEachDatabase
class JdbcRejectedCallRepositoryIT extends RejectedCallRepositoryContract {

    @Parameter
    TestDatabases.Kind kind;

    @RegisterExtension
    final TestDatabaseScope databases = TestDatabaseScope.eachTest();

    @Override
    RejectedCallRepository createRepository() {
        return new JdbcRejectedCallRepository(JdbcClient.create(databases.open(kind)));
    }
}
