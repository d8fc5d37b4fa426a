package com.aeghash.withdrawal.internal;

class InMemoryWithdrawalRepositoriesTest extends WithdrawalRepositoriesContract {

    @Override
    WithdrawalRepository createWithdrawals() {
        return new InMemoryWithdrawalRepository();
    }

    @Override
    WithdrawalAuditRepository createAuditTrail() {
        return new InMemoryWithdrawalAuditRepository();
    }

    @Override
    WithdrawalAddressRepository createAddresses() {
        return new InMemoryWithdrawalAddressRepository();
    }
}
