package com.aeghash.partner.internal.orders;

/** The contract of {@link PartnerOrderRepository} on its in-memory implementation. */
class InMemoryPartnerOrderRepositoryTest extends PartnerOrderRepositoryContract {

    @Override
    PartnerOrderRepository createRepository() {
        return new InMemoryPartnerOrderRepository();
    }
}
