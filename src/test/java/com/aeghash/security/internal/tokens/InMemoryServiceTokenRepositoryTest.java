package com.aeghash.security.internal.tokens;

class InMemoryServiceTokenRepositoryTest extends ServiceTokenRepositoryContract {

    @Override
    ServiceTokenRepository createRepository() {
        return new InMemoryServiceTokenRepository();
    }
}
