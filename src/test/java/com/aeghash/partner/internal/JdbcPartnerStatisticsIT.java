package com.aeghash.partner.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.common.ApiException;
import com.aeghash.common.SqlTimes;
import com.aeghash.partner.PartnerHourTotal;
import com.aeghash.partner.PartnerStatistics;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Partner orders per hour on a migrated database of each kind: counted in the UTC hour they were paid in, per
 * partner, refunded ones counted and told apart; the range's ends (from inclusive, to exclusive) and its limits.
 */
@OnEachDatabase
class JdbcPartnerStatisticsIT {

    private static final Instant HOUR = Instant.parse("2019-03-04T05:00:00Z");

    @Parameter
    TestDatabases.Kind kind;

    @RegisterExtension
    static final TestDatabaseScope databases = TestDatabaseScope.wholeClass();

    private JdbcClient jdbc;
    private PartnerStatistics statistics;

    @BeforeEach
    void setUp() {
        jdbc = JdbcClient.create(databases.open(kind));
        statistics = new JdbcPartnerStatistics(jdbc);
    }

    @Test
    void ordersAreCountedPerPaidHourAndPartner() {
        String partner = "stats-" + kind.name().toLowerCase(java.util.Locale.ROOT);
        order(partner, "a", HOUR, false);
        order(partner, "b", HOUR.plusSeconds(3599), true);
        order(partner, "c", HOUR.plusSeconds(3600), false);
        order(partner + "-2", "a", HOUR.plusSeconds(10), false);
        order(partner, "before", HOUR.minusSeconds(1), false);
        order(partner, "after", HOUR.plus(Duration.ofHours(2)), false);

        assertThat(statistics.hourlyOrders(HOUR, HOUR.plus(Duration.ofHours(2))))
                .containsExactly(
                        new PartnerHourTotal(HOUR, partner, 2, 1),
                        new PartnerHourTotal(HOUR, partner + "-2", 1, 0),
                        new PartnerHourTotal(HOUR.plusSeconds(3600), partner, 1, 0));
    }

    @Test
    void aRangeIsAfterItsStartAndAtMostAWeekLong() {
        assertThatThrownBy(() -> statistics.hourlyOrders(HOUR, HOUR)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() ->
                        statistics.hourlyOrders(HOUR, HOUR.plus(Duration.ofHours(PartnerStatistics.HOURS_MAX + 1L))))
                .isInstanceOf(ApiException.class);
        assertThat(statistics.hourlyOrders(HOUR.minus(Duration.ofDays(400)), HOUR.minus(Duration.ofDays(399))))
                .isEmpty();
    }

    private void order(String partner, String orderId, Instant paidAt, boolean refunded) {
        jdbc.sql("""
                INSERT INTO partner_orders (partner_id, order_id, member_id, total_amount, pv_amount, channel, status,
                    bonus_entries, bonus_total, paid_at, refunded_at, updated_at)
                VALUES (?, ?, 'buyer', ?, ?, 'web', ?, 0, 0, ?, ?, ?)""")
                .params(
                        partner,
                        orderId,
                        BigDecimal.TEN,
                        BigDecimal.TEN,
                        refunded ? "REFUNDED" : "PAID",
                        SqlTimes.utc(paidAt),
                        refunded ? SqlTimes.utc(paidAt.plusSeconds(60)) : null,
                        SqlTimes.utc(paidAt))
                .update();
    }
}
