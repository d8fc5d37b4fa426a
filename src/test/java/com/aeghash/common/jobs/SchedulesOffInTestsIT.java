package com.aeghash.common.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

/**
 * {@code aeghash.scheduling.enabled=false} (the test profile; also how an operator stops the jobs) leaves no
 * {@code @Scheduled} method running: nothing else in the application may switch scheduling on.
 */
@IntegrationTest
class SchedulesOffInTestsIT {

    @Autowired
    ApplicationContext context;

    @Test
    void noScheduledMethodIsRegistered() {
        assertThat(context.getBeanNamesForType(ScheduledAnnotationBeanPostProcessor.class))
                .isEmpty();
    }
}
