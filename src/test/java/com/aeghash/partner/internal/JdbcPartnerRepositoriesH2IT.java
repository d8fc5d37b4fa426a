package com.aeghash.partner.internal;

import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.Nested;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The repository contracts on the SQL implementations, on one migrated H2 database. */
class JdbcPartnerRepositoriesH2IT {

    private static JdbcClient jdbc;

    private static synchronized JdbcClient jdbc() {
        if (jdbc == null) {
            jdbc = JdbcClient.create(TestDatabases.create(TestDatabases.Kind.H2));
        }
        return jdbc;
    }

    @Nested
    class IdempotencyKeys extends IdempotencyKeyRepositoryContract {
        @Override
        IdempotencyKeyRepository createRepository() {
            return new JdbcIdempotencyKeyRepository(jdbc());
        }
    }

    @Nested
    class Nonces extends PartnerNonceRepositoryContract {
        @Override
        PartnerNonceRepository createRepository() {
            return new JdbcPartnerNonceRepository(jdbc());
        }
    }

    @Nested
    class Orders extends PartnerOrderRepositoryContract {
        @Override
        PartnerOrderRepository createRepository() {
            return new JdbcPartnerOrderRepository(jdbc());
        }
    }

    @Nested
    class HashpowerAccruals extends HashpowerAccrualRepositoryContract {
        @Override
        HashpowerAccrualRepository createRepository() {
            return new JdbcHashpowerAccrualRepository(jdbc());
        }
    }

    @Nested
    class InboundEvents extends InboundEventRepositoryContract {
        @Override
        InboundEventRepository createRepository() {
            return new JdbcInboundEventRepository(jdbc());
        }
    }
}
