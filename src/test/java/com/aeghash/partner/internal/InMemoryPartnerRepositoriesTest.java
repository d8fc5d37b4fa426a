package com.aeghash.partner.internal;

import org.junit.jupiter.api.Nested;

/** The repository contracts on the in-memory implementations. */
class InMemoryPartnerRepositoriesTest {

    @Nested
    class Nonces extends PartnerNonceRepositoryContract {
        @Override
        PartnerNonceRepository createRepository() {
            return new InMemoryPartnerNonceRepository();
        }
    }

    @Nested
    class Orders extends PartnerOrderRepositoryContract {
        @Override
        PartnerOrderRepository createRepository() {
            return new InMemoryPartnerOrderRepository();
        }
    }

    @Nested
    class HashpowerAccruals extends HashpowerAccrualRepositoryContract {
        @Override
        HashpowerAccrualRepository createRepository() {
            return new InMemoryHashpowerAccrualRepository();
        }
    }

    @Nested
    class InboundEvents extends InboundEventRepositoryContract {
        @Override
        InboundEventRepository createRepository() {
            return new InMemoryInboundEventRepository();
        }
    }
}
