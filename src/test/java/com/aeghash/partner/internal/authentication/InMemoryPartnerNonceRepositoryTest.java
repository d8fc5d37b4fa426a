package com.aeghash.partner.internal.authentication;

/** The contract of {@link PartnerNonceRepository} on its in-memory implementation. */
class InMemoryPartnerNonceRepositoryTest extends PartnerNonceRepositoryContract {

    @Override
    PartnerNonceRepository createRepository() {
        return new InMemoryPartnerNonceRepository();
    }
}
