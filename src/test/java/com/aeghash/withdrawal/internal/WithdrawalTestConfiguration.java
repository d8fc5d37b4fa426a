package com.aeghash.withdrawal.internal;

import com.aeghash.notification.Notifier;
import com.aeghash.testsupport.RecordingNotifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The scripted gateway (a real gateway for every withdrawable asset, so the simulated one is not used) and a
 * notifier that records alerts before handing them to the application's own.
 */
@TestConfiguration(proxyBeanMethods = false)
class WithdrawalTestConfiguration {

    @Bean
    ScriptedPayoutGateway scriptedPayoutGateway() {
        return new ScriptedPayoutGateway();
    }

    @Bean
    @Primary
    RecordingNotifier recordingNotifier(ApplicationContext context) {
        return new RecordingNotifier(() -> context.getBean("registryBackedNotifier", Notifier.class));
    }
}
