package com.aeghash.bonus;

import com.aeghash.organization.Tree;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Why a bonus entry exists and what became of it: the order and buyer that paid it, the rule (plan, bonus type,
 * tree, level, rate) applied to which PV, and the closing that confirmed or cancelled it. Grouped in parts so
 * each can grow on its own (docs/modules/bonus.md, "Explaining an entry").
 *
 * @param beneficiaryRank the beneficiary's rank when the order was paid (for an entry without an order, the global
 *                        share, at its closing's cut-off): what the center bonuses and the global share paid by; null
 *                        when neither instant is known
 * @param closing null while the entry is pending
 */
public record BonusEntryExplanation(
        long id,
        String beneficiaryMemberId,
        BigDecimal amount,
        BonusEntryStatus status,
        Instant createdAt,
        BonusRanks.Level beneficiaryRank,
        Rule rule,
        Order order,
        Closing closing) {

    /**
     * The rule that paid the entry: amount = {@code pvAmount} × {@code percentage} ÷ 100, rounded down to 8 decimals.
     *
     * @param tree       the tree the rule walks, as the plan is configured now (null when the plan no longer
     *                   configures the type, or the type walks no tree)
     * @param level      the beneficiary's level above the buyer in that tree (1 = the direct upline)
     * @param percentage the rate the entry was paid at (as stored with the entry)
     * @param pvAmount   the PV the rate applies to: the order's PV paid by this plan
     */
    public record Rule(
            String plan, BonusType bonusType, Tree tree, int level, BigDecimal percentage, BigDecimal pvAmount) {}

    /**
     * The order that paid the entry.
     *
     * @param products its product lines; empty for an order sent with a bare PV
     * @param refundedAt null unless refunded
     */
    public record Order(
            String reference,
            String buyerMemberId,
            BigDecimal pvAmount,
            Instant paidAt,
            Instant refundedAt,
            List<OrderProducts.Line> products) {

        public Order {
            products = List.copyOf(products);
        }
    }

    /**
     * The closing that took the entry.
     *
     * @param closedAt when the closing moved the entry
     */
    public record Closing(long id, Instant cutoff, Instant closedAt) {}
}
