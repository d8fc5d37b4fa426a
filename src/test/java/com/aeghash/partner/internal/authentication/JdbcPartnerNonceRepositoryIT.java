package com.aeghash.partner.internal.authentication;

import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The contract of {@link PartnerNonceRepository} on {@code partner_nonces}, on one migrated database of each kind. */
@OnEachDatabase
class JdbcPartnerNonceRepositoryIT extends PartnerNonceRepositoryContract {

    @Parameter
    TestDatabases.Kind kind;

    @RegisterExtension
    static final TestDatabaseScope databases = TestDatabaseScope.wholeClass();

    @Override
    PartnerNonceRepository createRepository() {
        return new JdbcPartnerNonceRepository(JdbcClient.create(databases.open(kind)));
    }
}
