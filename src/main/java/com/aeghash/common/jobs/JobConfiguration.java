package com.aeghash.common.jobs;

import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs. Each {@code @Scheduled} method also carries {@code @SchedulerLock}: the lock row in the
 * {@code shedlock} table (created by Flyway) lets only one of several instances sharing a database run a job at a
 * time, and its {@code lockAtLeastFor} (the job's interval) keeps the row taken for the rest of the period, so a
 * second instance whose turn comes in the same period finds it held: each period's work runs once across the
 * cluster (docs/operations.md, "Running several instances"). Every run that took its lock counts in
 * {@code aeghash.jobs.runs}. {@code aeghash.scheduling.enabled=false} turns the schedules off (tests call the
 * jobs directly).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "aeghash.scheduling.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class JobConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource, MeterRegistry meters) {
        return new CountingLockProvider(
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime()
                        .build()),
                meters);
    }
}
