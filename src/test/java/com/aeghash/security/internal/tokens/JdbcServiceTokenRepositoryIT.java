package com.aeghash.security.internal.tokens;

import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.simple.JdbcClient;

@OnEachDatabase
class JdbcServiceTokenRepositoryIT extends ServiceTokenRepositoryContract {

    @Parameter
    TestDatabases.Kind database;

    @RegisterExtension
    final TestDatabaseScope databases = TestDatabaseScope.eachTest();

    @Override
    ServiceTokenRepository createRepository() {
        return new JdbcServiceTokenRepository(JdbcClient.create(databases.open(database)));
    }
}
