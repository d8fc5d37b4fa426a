package com.aeghash.withdrawal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.metrics.VendorCallMetrics;
import com.aeghash.testsupport.MutableClock;
import com.aeghash.testsupport.StatementCounter;
import com.aeghash.testsupport.TestIds;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The withdrawal gauges: how many withdrawals wait in each state and how old the oldest of each is, all read from one
 * query that is not repeated while its snapshot is fresh, whatever the number of gauges scraped.
 */
@WithdrawalPostgresIntegrationTest
class WithdrawalMetricsIT extends WithdrawalApiTestBase {

    @Autowired
    DataSource dataSource;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MutableClock metricsClock = new MutableClock(Instant.now());

    @Test
    void theGaugesFollowTheWithdrawalsAndEveryScrapeWithinTheSnapshotAgeCostsOneQuery() {
        metricsClock.set(Instant.now());
        new WithdrawalMetrics(JdbcClient.create(StatementCounter.wrap(dataSource)), metricsClock, meters);
        double pendingBefore = open("pending");
        double awaitingSecondBefore = open("approved_pending");
        String member = TestIds.member();
        api.fund(member, "POINT", "100");

        long id = api.requested(member, "POINT", "10");
        metricsClock.advance(Duration.ofSeconds(WithdrawalMetrics.SNAPSHOT_SECONDS));
        assertThat(open("pending")).isEqualTo(pendingBefore + 1);

        approvals.approve(id, new Approver(api.operations, Set.of(ApprovalRole.OPERATIONS)), null);
        metricsClock.set(Instant.now().plus(Duration.ofHours(1)));
        var scrape = StatementCounter.record(() -> new double[] {
            open("pending"), open("approved_pending"), oldestAge("approved_pending"), unknownOutcomes()
        });

        assertThat(scrape.result()[0]).isEqualTo(pendingBefore);
        assertThat(scrape.result()[1]).isEqualTo(awaitingSecondBefore + 1);
        assertThat(scrape.result()[2])
                .as("seconds since the oldest was requested")
                .isGreaterThanOrEqualTo(3600);
        assertThat(scrape.result()[3]).isGreaterThanOrEqualTo(0);
        assertThat(scrape.statements()).as("one snapshot for every gauge").hasSize(1);
        assertThat(StatementCounter.record(() -> open("executing")).statements())
                .as("the snapshot is fresh")
                .isEmpty();
    }

    private double open(String state) {
        return meters.get(WithdrawalMetrics.OPEN).tag("state", state).gauge().value();
    }

    private double oldestAge(String state) {
        return meters.get(WithdrawalMetrics.OLDEST_AGE)
                .tag("state", state)
                .gauge()
                .value();
    }

    private double unknownOutcomes() {
        return meters.get(VendorCallMetrics.UNKNOWN_OUTCOMES)
                .tag("kind", "withdrawal")
                .gauge()
                .value();
    }
}
