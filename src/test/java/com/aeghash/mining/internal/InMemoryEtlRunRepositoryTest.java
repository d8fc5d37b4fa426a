package com.aeghash.mining.internal;

import com.aeghash.mining.internal.etl.EtlRunRepository;
import com.aeghash.mining.internal.etl.InMemoryEtlRunRepository;

class InMemoryEtlRunRepositoryTest extends EtlRunRepositoryContract {

    private final EtlRunRepository runs = new InMemoryEtlRunRepository();

    @Override
    protected EtlRunRepository runs() {
        return runs;
    }
}
