package com.aeghash.notification.internal;

class InMemoryAlertRepositoryTest extends AlertRepositoryContract {

    @Override
    AlertRepository createRepository() {
        return new InMemoryAlertRepository();
    }
}
