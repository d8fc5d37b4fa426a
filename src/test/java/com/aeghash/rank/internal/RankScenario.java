package com.aeghash.rank.internal;

import static org.awaitility.Awaitility.await;

import com.aeghash.organization.OrganizationChanges;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.organization.Registration;
import com.aeghash.partner.PartnerOrderPaid;
import com.aeghash.partner.PartnerOrderRefunded;
import com.aeghash.rank.Rank;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Members and orders for rank tests through the real paths: registrations through organization (whose event
 * reaches the rank listener) and orders stored in {@code partner_orders} with the partner events published in
 * the same transaction, as the partner module does.
 */
public final class RankScenario {

    private static final AtomicLong ORDERS = new AtomicLong();
    private final ApplicationContext context;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    public RankScenario(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.events = context;
    }

    public String root() {
        return OrganizationFixtures.root(context, "rank-root", "test");
    }

    public String register(String memberId, String referrerId, String name) {
        context.getBean(OrganizationChanges.class)
                .register(new Registration(memberId, referrerId, referrerId, name), "test");
        return memberId;
    }

    /** Stores a paid order of {@code total} and publishes it; returns its reference. */
    public String pay(String memberId, String total) {
        String orderId = "rank-order-" + ORDERS.incrementAndGet() + "-" + System.nanoTime();
        String reference = "rank-test:" + orderId;
        transactions.executeWithoutResult(status -> {
            Instant now = Instant.now();
            jdbc.update("""
                    INSERT INTO partner_orders (partner_id, order_id, member_id, total_amount, pv_amount, channel,
                        status, bonus_entries, bonus_total, paid_at, updated_at)
                    VALUES ('rank-test', ?, ?, ?, ?, 'test', 'PAID', 0, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""", orderId, memberId, new BigDecimal(total), new BigDecimal(total));
            events.publishEvent(new PartnerOrderPaid(memberId, reference, new BigDecimal(total), now));
        });
        return reference;
    }

    public void refund(String memberId, String reference) {
        String orderId = reference.substring("rank-test:".length());
        transactions.executeWithoutResult(status -> {
            BigDecimal total = jdbc.queryForObject(
                    "SELECT total_amount FROM partner_orders WHERE partner_id = 'rank-test' AND order_id = ?",
                    BigDecimal.class,
                    orderId);
            jdbc.update("""
                    UPDATE partner_orders SET status = 'REFUNDED', refunded_at = CURRENT_TIMESTAMP
                    WHERE partner_id = 'rank-test' AND order_id = ?""", orderId);
            events.publishEvent(new PartnerOrderRefunded(memberId, reference, total, Instant.now()));
        });
    }

    /** Waits until every published event was handled. */
    public void settle() {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL", Long.class)
                        == 0);
    }

    public Rank rank(String memberId) {
        return Rank.ofLevel(jdbc.queryForObject(
                "SELECT rank_level FROM member_ranks WHERE member_id = ?", Integer.class, memberId));
    }

    public Map<String, Rank> ranks(List<String> memberIds) {
        Map<String, Rank> ranks = new HashMap<>();
        memberIds.forEach(id -> ranks.put(id, rank(id)));
        return ranks;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }
}
