package com.aeghash.mining.internal;

import com.aeghash.mining.internal.balances.InMemoryMiningBalanceRepository;
import com.aeghash.mining.internal.hashpower.InMemoryHashPowerAdjustmentRepository;
import com.aeghash.mining.internal.project.InMemoryProjectSnapshotRepository;
import com.aeghash.mining.internal.withdrawal.InMemoryMiningWithdrawalRepository;

class InMemoryMiningRepositoriesTest extends MiningRepositoriesContract {

    private final Repositories repositories = new Repositories(
            new InMemoryProjectSnapshotRepository(),
            new InMemoryMiningBalanceRepository(),
            new InMemoryHashPowerAdjustmentRepository(),
            new InMemoryMiningWithdrawalRepository());

    @Override
    protected Repositories repositories() {
        return repositories;
    }
}
