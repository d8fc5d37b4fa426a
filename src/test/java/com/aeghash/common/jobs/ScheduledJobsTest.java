package com.aeghash.common.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every scheduled job of the application can run under ShedLock. Tests switch the schedules (and with them
 * ShedLock's proxies) off, so a job ShedLock refuses to lock would otherwise only fail in a running service.
 */
class ScheduledJobsTest {

    /** Jobs with work on every instance (each flushes what it holds): their lock only makes runs take turns. */
    private static final Set<String> PER_INSTANCE_JOBS = Set.of("partner-rejected-calls", "bonus-credits");

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

    /**
     * Each period's work runs once across instances: the lock is held for at least the job's interval (a cron job,
     * whose instances all fire at the same wall-clock time, for a minute), except where every instance has work of
     * its own. The default interval fits in {@code lockAtMostFor}, which ShedLock requires.
     */
    @Test
    void everyJobHoldsItsLockForItsPeriod() throws Exception {
        assertThat(scheduledMethods()).allSatisfy(job -> {
            Scheduled schedule = job.getAnnotation(Scheduled.class);
            SchedulerLock lock = job.getAnnotation(SchedulerLock.class);
            if (PER_INSTANCE_JOBS.contains(lock.name())) {
                assertThat(lock.lockAtLeastFor())
                        .as("%s runs on every instance", job)
                        .isEmpty();
                return;
            }
            String expected = schedule.cron().isEmpty() ? schedule.fixedDelayString() : "PT1M";
            assertThat(lock.lockAtLeastFor())
                    .as("%s holds its lock for its period", job)
                    .isEqualTo(expected);
            Duration atMost = Duration.parse(lock.lockAtMostFor().isEmpty() ? "PT10M" : lock.lockAtMostFor());
            assertThat(defaultOf(expected))
                    .as("%s: lockAtLeastFor within lockAtMostFor", job)
                    .isLessThanOrEqualTo(atMost);
        });
    }

    private static Duration defaultOf(String value) {
        String text = value.startsWith("${") ? value.substring(value.indexOf(':') + 1, value.length() - 1) : value;
        return text.startsWith("PT") ? Duration.parse(text) : DurationStyle.SIMPLE.parse(text);
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
