package com.aeghash.risk.internal;

class InMemoryRiskRepositoriesTest extends RiskRepositoriesContract {

    @Override
    RiskEventRepository createEvents() {
        return new InMemoryRiskEventRepository();
    }

    @Override
    KnownDeviceRepository createDevices() {
        return new InMemoryKnownDeviceRepository();
    }
}
