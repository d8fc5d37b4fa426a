package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusEntryExplanation;
import com.aeghash.bonus.BonusRanks;
import com.aeghash.bonus.BonusRule;
import com.aeghash.bonus.BonusType;
import com.aeghash.bonus.OrderProducts;
import com.aeghash.common.ApiException;
import com.aeghash.organization.Tree;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Explains bonus entries: the stored entry, order and closing ({@link JdbcEntryFacts}), the tree of its rule from the
 * configured plans, and the order's products from the module that received the order ({@link OrderProducts}; none
 * when no module provides them), and the beneficiary's rank then ({@link BonusRanks}).
 */
@Service
class EntryExplanations {

    private final JdbcEntryFacts entries;
    private final BonusPlanCatalogue plans;
    private final ObjectProvider<OrderProducts> products;
    private final BonusRanks ranks;

    EntryExplanations(
            JdbcEntryFacts entries,
            BonusPlanCatalogue plans,
            ObjectProvider<OrderProducts> products,
            BonusRanks ranks) {
        this.entries = entries;
        this.plans = plans;
        this.products = products;
        this.ranks = ranks;
    }

    @Transactional(readOnly = true)
    public BonusEntryExplanation explain(long entryId) {
        EntryFacts facts = entries.find(entryId).orElseThrow(() -> ApiException.notFound("bonus entry " + entryId));
        return new BonusEntryExplanation(
                facts.id(),
                facts.beneficiaryMemberId(),
                facts.amount(),
                facts.status(),
                facts.createdAt(),
                rankOf(facts),
                new BonusEntryExplanation.Rule(
                        facts.plan(),
                        facts.type(),
                        treeOf(facts.plan(), facts.type()),
                        facts.level(),
                        facts.percentage(),
                        facts.pvAmount()),
                orderOf(facts),
                facts.closingId() == null
                        ? null
                        : new BonusEntryExplanation.Closing(
                                facts.closingId(), facts.closingCutoff(), facts.closedAt()));
    }

    private BonusEntryExplanation.Order orderOf(EntryFacts facts) {
        if (facts.orderPaidAt() == null) {
            return null;
        }
        OrderProducts source = products.getIfAvailable();
        List<OrderProducts.Line> lines = source == null ? List.of() : source.linesOf(facts.orderReference());
        return new BonusEntryExplanation.Order(
                facts.orderReference(),
                facts.buyerMemberId(),
                facts.orderPvAmount(),
                facts.orderPaidAt(),
                facts.orderRefundedAt(),
                lines);
    }

    /** At the order's payment, as the center bonuses read it; at the cut-off for a global share (no order). */
    private BonusRanks.Level rankOf(EntryFacts facts) {
        Instant at = facts.orderPaidAt() != null ? facts.orderPaidAt() : facts.closingCutoff();
        if (at == null) {
            return null;
        }
        return ranks.levelsAt(List.of(facts.beneficiaryMemberId()), at).get(facts.beneficiaryMemberId());
    }

    private Tree treeOf(String plan, BonusType type) {
        if (!plans.exists(plan)) {
            return null;
        }
        return plans.rulesOf(plan).stream()
                .filter(rule -> rule.type() == type)
                .map(BonusRule::tree)
                .findFirst()
                .orElse(null);
    }
}
