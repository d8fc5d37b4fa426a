package com.aeghash.partner.internal;

import com.aeghash.testsupport.TestDatabases;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The repository contracts on the SQL implementations, on one migrated database per kind (H2, PostgreSQL). */
abstract class JdbcPartnerRepositories {

    private static final Map<TestDatabases.Kind, JdbcClient> DATABASES = new EnumMap<>(TestDatabases.Kind.class);

    abstract TestDatabases.Kind kind();

    private JdbcClient jdbc() {
        synchronized (DATABASES) {
            return DATABASES.computeIfAbsent(kind(), kind -> JdbcClient.create(TestDatabases.create(kind)));
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
