package com.aeghash.security.internal;

class InMemoryOperatorChangeRepositoryTest extends OperatorChangeRepositoryContract {

    @Override
    OperatorChangeRepository createRepository() {
        return new InMemoryOperatorChangeRepository();
    }
}
