package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusClawback;
import com.aeghash.bonus.BonusDebts;
import com.aeghash.bonus.BonusEntryExplanation;
import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.bonus.BonusRanks;
import com.aeghash.bonus.BonusRule;
import com.aeghash.bonus.BonusType;
import com.aeghash.bonus.OrderProducts;
import com.aeghash.bonus.UnpaidBonus;
import com.aeghash.bonus.UnpaidBonuses;
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
 * when no module provides them).
 */
@Service
class EntryExplanations {

    private final JdbcEntryFacts entries;
    private final BonusPlanCatalogue plans;
    private final ObjectProvider<OrderProducts> products;
    private final ObjectProvider<BonusRanks> ranks;
    private final UnpaidBonuses unpaid;
    private final BonusDebts debts;

    EntryExplanations(
            JdbcEntryFacts entries,
            BonusPlanCatalogue plans,
            ObjectProvider<OrderProducts> products,
            ObjectProvider<BonusRanks> ranks,
            UnpaidBonuses unpaid,
            BonusDebts debts) {
        this.entries = entries;
        this.plans = plans;
        this.products = products;
        this.ranks = ranks;
        this.unpaid = unpaid;
        this.debts = debts;
    }

    @Transactional(readOnly = true)
    public BonusEntryExplanation explain(long entryId) {
        EntryFacts facts = entries.find(entryId).orElseThrow(() -> ApiException.notFound("bonus entry " + entryId));
        return new BonusEntryExplanation(
                facts.entry().id(),
                facts.entry().beneficiaryMemberId(),
                rankAt(facts.entry().beneficiaryMemberId(), facts.entry().createdAt()),
                facts.entry().amount(),
                facts.entry().status(),
                facts.entry().createdAt(),
                new BonusEntryExplanation.Rule(
                        facts.entry().plan(),
                        facts.entry().type(),
                        treeOf(facts.entry().plan(), facts.entry().type()),
                        facts.entry().level(),
                        facts.entry().percentage(),
                        facts.entry().pvAmount()),
                orderOf(facts),
                facts.entry().closingId() == null
                        ? null
                        : new BonusEntryExplanation.Closing(
                                facts.entry().closingId(), facts.closingCutoff(), facts.closedAt()),
                unpaidOf(facts),
                clawbackOf(facts));
    }

    private String rankAt(String memberId, Instant at) {
        BonusRanks source = ranks.getIfAvailable();
        return source == null
                ? null
                : source.levelsAt(List.of(memberId), at).get(memberId).name();
    }

    /** The order's shares of the entry's plan and type that were not paid, and why. */
    private List<UnpaidBonus> unpaidOf(EntryFacts facts) {
        if (facts.entry().orderReference() == null) {
            return List.of();
        }
        return unpaid.unpaidOf(facts.entry().orderReference()).stream()
                .filter(share -> share.plan().equals(facts.entry().plan())
                        && share.type() == facts.entry().type())
                .toList();
    }

    private BonusClawback clawbackOf(EntryFacts facts) {
        if (facts.entry().status() != BonusEntryStatus.CLAWED_BACK) {
            return null;
        }
        return debts.clawbacksOfOrder(facts.entry().orderReference()).stream()
                .filter(clawback -> clawback.entryId() == facts.entry().id())
                .findFirst()
                .orElse(null);
    }

    private BonusEntryExplanation.Order orderOf(EntryFacts facts) {
        if (facts.orderPaidAt() == null) {
            return null;
        }
        OrderProducts source = products.getIfAvailable();
        List<OrderProducts.Line> lines =
                source == null ? List.of() : source.linesOf(facts.entry().orderReference());
        return new BonusEntryExplanation.Order(
                facts.entry().orderReference(),
                facts.entry().sourceMemberId(),
                facts.orderPvAmount(),
                facts.orderPaidAt(),
                facts.orderRefundedAt(),
                lines);
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
