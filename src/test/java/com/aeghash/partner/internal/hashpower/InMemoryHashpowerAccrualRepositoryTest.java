package com.aeghash.partner.internal.hashpower;

/** The contract of {@link HashpowerAccrualRepository} on its in-memory implementation. */
class InMemoryHashpowerAccrualRepositoryTest extends HashpowerAccrualRepositoryContract {

    @Override
    HashpowerAccrualRepository createRepository() {
        return new InMemoryHashpowerAccrualRepository();
    }
}
