package com.aeghash.ledger.internal;

class InMemoryLedgerRepositoryTest extends LedgerRepositoryContract {

    @Override
    LedgerRepository createRepository() {
        return new InMemoryLedgerRepository();
    }
}
