package com.aeghash.common.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every scheduled job of the application can run under ShedLock. Tests switch the schedules (and with them
 * ShedLock's proxies) off, so a job ShedLock refuses to lock would otherwise only fail in a running service.
 */
class ScheduledJobsTest {

    @Test
    void everyScheduledJobIsLockedAndReturnsSomethingShedLockCanLock() throws Exception {
        List<Method> jobs = scheduledMethods();

        assertThat(jobs).isNotEmpty();
        assertThat(jobs).allSatisfy(job -> {
            assertThat(job.getAnnotation(SchedulerLock.class))
                    .as("%s has @SchedulerLock", job)
                    .isNotNull();
            assertThat(job.getReturnType().isPrimitive() && job.getReturnType() != void.class)
                    .as("%s returns a primitive, which ShedLock cannot lock", job)
                    .isFalse();
        });
    }

    private static List<Method> scheduledMethods() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<Method> jobs = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("com.aeghash")) {
            for (Method method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
                if (method.isAnnotationPresent(Scheduled.class)) {
                    jobs.add(method);
                }
            }
        }
        return jobs;
    }
}
