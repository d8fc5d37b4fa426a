package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.AeghashApplication;
import com.aeghash.bonus.BonusDistribution;
import com.aeghash.bonus.PaidOrder;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Ledger;
import com.aeghash.organization.OrganizationChanges;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.organization.Registration;
import com.aeghash.testsupport.PostgresCondition;
import com.aeghash.testsupport.PostgresTestDatabase;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The credit queue across a restart, with the real scheduler: an instance stops (its schedules off, as if it died)
 * after committing orders and before posting their credits; the next instance on the same PostgreSQL schema posts them
 * once, and then shows each new order's credit in the uplines' pending balance within 2 s of the order's commit.
 */
@ExtendWith(PostgresCondition.class)
class BonusCreditsRestartIT {

    /** The product's promise: the pending balance shows the credit within 2 s of the order's commit. */
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(2);

    @Test
    void queuedCreditsSurviveARestartAndEachNewOrderIsVisibleWithinTwoSeconds() throws Exception {
        String database = PostgresTestDatabase.createSchemaUrl();
        String prefix = TestIds.unique("restart");
        String upline;
        String buyer;
        try (ConfigurableApplicationContext stopped = start(database, false)) {
            String root = OrganizationFixtures.root(stopped, prefix + "-root", "test");
            upline = prefix + "-1";
            buyer = prefix + "-2";
            OrganizationChanges organization = stopped.getBean(OrganizationChanges.class);
            organization.register(new Registration(upline, root, root), "test");
            organization.register(new Registration(buyer, upline, upline), "test");
            BonusDistribution bonuses = stopped.getBean(BonusDistribution.class);
            bonuses.distribute(order(prefix + ":before-1", buyer));
            bonuses.distribute(order(prefix + ":before-2", buyer));
            assertThat(queued(stopped, prefix)).as("committed, not posted").isEqualTo(2);
            assertThat(pending(stopped, upline)).isEqualByComparingTo("0");
        }

        try (ConfigurableApplicationContext restarted = start(database, true)) {
            assertThat(awaitPending(restarted, upline, "62", Duration.ofSeconds(30)))
                    .as("the queued orders posted after the restart")
                    .isTrue();
            assertThat(queued(restarted, prefix)).isZero();

            BonusDistribution bonuses = restarted.getBean(BonusDistribution.class);
            for (int order = 1; order <= 3; order++) {
                bonuses.distribute(order(prefix + ":after-" + order, buyer)); // its own transaction, committed here
                Instant committed = Instant.now();
                String expected = new BigDecimal("31")
                        .multiply(BigDecimal.valueOf(2 + order))
                        .toPlainString();
                boolean visible = awaitPending(restarted, upline, expected, VISIBLE_WITHIN);
                assertThat(visible)
                        .as(
                                "order %d visible within %s (waited %s)",
                                order, VISIBLE_WITHIN, Duration.between(committed, Instant.now()))
                        .isTrue();
            }
            assertThat(pending(restarted, upline)).as("5 x 31, each once").isEqualByComparingTo("155");
            assertThat(restarted.getBean(Ledger.class).checkInvariants().violations())
                    .isEmpty();
        }
    }

    /** Polls the pending balance until it equals {@code expected} or the deadline passes. */
    private static boolean awaitPending(
            ConfigurableApplicationContext context, String memberId, String expected, Duration within)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (pending(context, memberId).compareTo(new BigDecimal(expected)) == 0) {
                return true;
            }
            Thread.sleep(20);
        }
        return pending(context, memberId).compareTo(new BigDecimal(expected)) == 0;
    }

    private static PaidOrder order(String reference, String buyer) {
        return new PaidOrder(reference, buyer, new BigDecimal("100"), Instant.now());
    }

    private static BigDecimal pending(ConfigurableApplicationContext context, String memberId) {
        return context.getBean(Ledger.class)
                .balancesOf(memberId)
                .of(Asset.POINT)
                .pending();
    }

    private static long queued(ConfigurableApplicationContext context, String prefix) {
        Long queued = context.getBean(JdbcTemplate.class)
                .queryForObject(
                        "SELECT COUNT(*) FROM bonus_credit_queue WHERE order_reference LIKE ?",
                        Long.class,
                        prefix + ":%");
        return queued == null ? 0 : queued;
    }

    /** An instance on the schema; with its schedules on, only the credit poster runs often (its default, 200ms). */
    private static ConfigurableApplicationContext start(String databaseUrl, boolean scheduling) {
        return new SpringApplicationBuilder(AeghashApplication.class)
                .profiles("sandbox", "test")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + databaseUrl,
                        "--spring.datasource.username=" + PostgresTestDatabase.USER,
                        "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
                        "--aeghash.scheduling.enabled=" + scheduling);
    }
}
