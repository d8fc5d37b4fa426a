package com.aeghash.partner.internal.authentication;

/** The contract of {@link PartnerRateWindowRepository} on its in-memory implementation. */
class InMemoryPartnerRateWindowRepositoryTest extends PartnerRateWindowRepositoryContract {

    @Override
    PartnerRateWindowRepository createRepository() {
        return new InMemoryPartnerRateWindowRepository();
    }
}
