package com.aeghash.bonus.internal;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Pending bonus entries of members of their own, written as the distribution leaves them: {@code ORDERS} orders paid at
 * one time, each with one entry per member (member {@code i} gets {@code i + 1 + order / 10} points), the first order
 * refunded; each member's PENDING balance credited by one balanced ledger entry from BONUS_EXPENSE. What a closing
 * must make of it: the refunded order's entries cancelled, the others' sums AVAILABLE ({@link #expectedAvailable}).
 */
record ClosingSeed(List<String> members, Map<String, BigDecimal> expectedAvailable) {

    static final int ORDERS = 4;

    static ClosingSeed write(JdbcTemplate jdbc, Ledger ledger, int memberCount, Instant paidAt) {
        String prefix = TestIds.unique("cw");
        List<String> members = new ArrayList<>();
        for (int index = 0; index < memberCount; index++) {
            members.add(prefix + "-" + String.format("%03d", index));
        }
        Map<String, BigDecimal> pending = new LinkedHashMap<>();
        Map<String, BigDecimal> available = new LinkedHashMap<>();
        for (int order = 0; order < ORDERS; order++) {
            String reference = prefix + ":order-" + order;
            jdbc.update(
                    """
                    INSERT INTO bonus_orders (order_reference, buyer_member_id, pv_amount, paid_at, refunded_at,
                        entry_count, bonus_total, distributed_at) VALUES (?, 'buyer', 100, ?, ?, ?, 0, ?)""",
                    reference,
                    Timestamp.from(paidAt),
                    order == 0 ? Timestamp.from(paidAt.plusSeconds(60)) : null,
                    memberCount,
                    Timestamp.from(paidAt));
            for (int index = 0; index < memberCount; index++) {
                String member = members.get(index);
                BigDecimal amount = BigDecimal.valueOf(index + 1).add(BigDecimal.valueOf(order, 1));
                jdbc.update("""
                        INSERT INTO bonus_entries (order_reference, bonus_type, tree_level, beneficiary_member_id,
                            source_member_id, pv_amount, percentage, amount, status, created_at)
                        VALUES (?, 'SPONSOR', ?, ?, 'buyer', 100, 1, ?, 'PENDING', ?)""", reference, index + 1, member, amount, Timestamp.from(paidAt));
                pending.merge(member, amount, BigDecimal::add);
                if (order != 0) {
                    available.merge(member, amount, BigDecimal::add);
                }
            }
        }
        EntryRequest.Builder credits = EntryRequest.builder(prefix + ":pending", "closing workers test: pending");
        pending.forEach(
                (member, amount) -> credits.add(AccountRef.member(member, Asset.POINT, Bucket.PENDING), amount));
        credits.add(
                AccountRef.system(SystemAccount.BONUS_EXPENSE, Asset.POINT),
                pending.values().stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .negate());
        ledger.post(credits.build());
        return new ClosingSeed(List.copyOf(members), available);
    }

    int entries() {
        return members.size() * ORDERS;
    }
}
