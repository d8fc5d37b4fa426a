package com.aeghash.ledger.internal;

class InMemoryInvariantScanRepositoryTest extends InvariantScanRepositoryContract {

    @Override
    InvariantScanRepository createRepository() {
        return new InMemoryInvariantScanRepository();
    }
}
