package com.aeghash.bonus.internal;

class InMemoryBonusRepositoryTest extends BonusRepositoryContract {

    @Override
    Repositories createRepositories() {
        InMemoryBonusOrderRepository orders = new InMemoryBonusOrderRepository();
        return new Repositories(orders, new InMemoryClosingRepository(orders));
    }
}
