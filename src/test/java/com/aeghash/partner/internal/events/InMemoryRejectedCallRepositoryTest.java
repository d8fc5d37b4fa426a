package com.aeghash.partner.internal.events;

/** The contract of {@link RejectedCallRepository} on its in-memory implementation. */
class InMemoryRejectedCallRepositoryTest extends RejectedCallRepositoryContract {

    @Override
    RejectedCallRepository createRepository() {
        return new InMemoryRejectedCallRepository();
    }
}
