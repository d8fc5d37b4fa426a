package com.aeghash.security.internal;

class InMemoryOperatorRepositoryTest extends OperatorRepositoryContract {

    @Override
    OperatorRepository createRepository() {
        return new InMemoryOperatorRepository();
    }
}
