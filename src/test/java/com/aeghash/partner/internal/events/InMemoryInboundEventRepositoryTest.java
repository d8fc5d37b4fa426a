package com.aeghash.partner.internal.events;

/** The contract of {@link InboundEventRepository} on its in-memory implementation. */
class InMemoryInboundEventRepositoryTest extends InboundEventRepositoryContract {

    @Override
    InboundEventRepository createRepository() {
        return new InMemoryInboundEventRepository();
    }
}
