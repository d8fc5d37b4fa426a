package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusDistribution;
import com.aeghash.bonus.BonusRefundWindow;
import com.aeghash.bonus.BonusRule;
import com.aeghash.bonus.OrderDistribution;
import com.aeghash.bonus.PaidOrder;
import com.aeghash.bonus.PaidOrder.PlanShare;
import com.aeghash.bonus.internal.CenterCalculator.CenterOutcome;
import com.aeghash.common.Amounts;
import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.organization.OrganizationChanges;
import com.aeghash.organization.OrganizationQueries;
import com.aeghash.organization.Tree;
import com.aeghash.organization.Upline;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Distributes the bonuses of paid orders in the caller's transaction with a bounded number of statements,
 * whatever the number of levels and plans (each share of the order's PV is paid by its plan's rules, on the same
 * uplines): one upline query per tree, the buyer's center and its rank ({@link CenterBonus}, one or two), the order
 * row (its reference is the replay check), one multi-row insert of entries, one of the shares not paid and why, the buyer's
 * sales volume (one row; the leg totals are folded in later), and the order's row in the credit queue: the entries'
 * amounts reach the uplines' {@code pending} balances a moment later, aggregated with other orders' by the
 * {@link BonusCreditPoster}. The order's transaction thus touches no row that other orders write.
 */
@Service
@Transactional
class BonusDistributionService implements BonusDistribution {

    static final int ORDER_REFERENCE_LENGTH_MAX = 190;
    private final BonusOrderRepository orders;
    private final OrganizationQueries organizationQueries;
    private final OrganizationChanges organization;
    private final BonusCreditQueue credits;
    private final BonusPlanCatalogue plans;
    private final Clock clock;
    private final OrderClawbacks clawbacks;
    private final BonusRefundWindow refundWindow;
    private final CenterBonus centers;
    private final JdbcUnpaidShareRepository unpaidShares;

    /** Referral and sponsor bonuses only, nothing recorded unpaid (the in-memory engine of unit tests). */
    public BonusDistributionService(
            BonusOrderRepository orders,
            OrganizationQueries organizationQueries,
            OrganizationChanges organization,
            BonusCreditQueue credits,
            BonusPlanCatalogue plans,
            Clock clock,
            OrderClawbacks clawbacks,
            BonusRefundWindow refundWindow) {
        this(orders, organizationQueries, organization, credits, plans, clock, clawbacks, refundWindow, null, null);
    }

    @Autowired
    public BonusDistributionService(
            BonusOrderRepository orders,
            OrganizationQueries organizationQueries,
            OrganizationChanges organization,
            BonusCreditQueue credits,
            BonusPlanCatalogue plans,
            Clock clock,
            OrderClawbacks clawbacks,
            BonusRefundWindow refundWindow,
            CenterBonus centers,
            JdbcUnpaidShareRepository unpaidShares) {
        this.orders = orders;
        this.organizationQueries = organizationQueries;
        this.organization = organization;
        this.credits = credits;
        this.plans = plans;
        this.clock = clock;
        this.clawbacks = clawbacks;
        this.refundWindow = refundWindow;
        this.centers = centers;
        this.unpaidShares = unpaidShares;
    }

    @Override
    public OrderDistribution distribute(PaidOrder order) {
        validate(order);
        Map<String, List<BonusRule>> rulesByPlan = new LinkedHashMap<>();
        order.planShares().forEach(share -> rulesByPlan.put(share.plan(), plans.rulesOf(share.plan())));
        Map<Tree, List<Upline>> uplines = uplinesOf(order.buyerMemberId(), rulesByPlan.values());
        List<PlannedEntry> planned = new ArrayList<>();
        List<UnpaidShare> unpaid = new ArrayList<>();
        for (PlanShare share : order.planShares()) {
            List<BonusRule> rules = rulesByPlan.get(share.plan());
            planned.addAll(BonusCalculator.plan(share.plan(), share.pvAmount(), rules, uplines));
            unpaid.addAll(BonusCalculator.unpaid(share.plan(), share.pvAmount(), rules, uplines));
        }
        if (centersPaid()) {
            CenterOutcome center = centers.plan(order, uplines.get(Tree.UNILEVEL));
            planned.addAll(center.entries());
            unpaid.addAll(center.unpaid());
        }
        BigDecimal total = BonusCalculator.total(planned);
        Instant now = clock.instant();
        if (!orders.insertOrder(order, planned.size(), total, now)) {
            StoredOrder first = orders.findOrder(order.orderReference())
                    .orElseThrow(() -> new IllegalStateException("order " + order.orderReference() + " vanished"));
            return new OrderDistribution(first.orderReference(), first.entryCount(), first.bonusTotal(), true);
        }
        orders.insertEntries(order, planned, now);
        if (unpaidShares != null) {
            unpaidShares.insert(order.orderReference(), unpaid, now);
        }
        organization.addSalesVolume(order.buyerMemberId(), order.pvAmount());
        if (!planned.isEmpty()) {
            credits.enqueue(order.orderReference(), now);
        }
        return new OrderDistribution(order.orderReference(), planned.size(), total, false);
    }

    /**
     * Inside the refund window: takes the closings' lock, marks the order refunded (the gate: once per order), and
     * claws back its confirmed entries; its pending ones are left to the next closing, which cancels them.
     */
    @Override
    public void markRefunded(String orderReference, Instant refundedAt) {
        if (refundedAt == null) {
            throw ApiException.validation("refundedAt", "is required");
        }
        StoredOrder order =
                orders.findOrder(orderReference).orElseThrow(() -> ApiException.notFound("order " + orderReference));
        if (order.refundedAt() != null) {
            return;
        }
        refundWindow.requireOpen(order.paidAt(), refundedAt);
        clawbacks.lockAgainstClosings();
        if (orders.markRefunded(orderReference, refundedAt)) {
            organization.addSalesVolume(order.buyerMemberId(), order.pvAmount().negate());
            clawbacks.clawBack(orderReference, refundedAt);
        }
    }

    private boolean centersPaid() {
        return centers != null && centers.enabled();
    }

    /**
     * One upline query per tree the plans use, as deep as the deepest rule on that tree; the whole referral line when
     * center bonuses are paid (the nearest center may sit above the referral levels; the path is one row either way).
     */
    private Map<Tree, List<Upline>> uplinesOf(String buyerMemberId, Collection<List<BonusRule>> ruleSets) {
        Map<Tree, Integer> levelsByTree = new EnumMap<>(Tree.class);
        ruleSets.forEach(rules -> rules.forEach(rule -> levelsByTree.merge(rule.tree(), rule.levels(), Math::max)));
        if (centersPaid()) {
            levelsByTree.put(Tree.UNILEVEL, Integer.MAX_VALUE);
        }
        if (levelsByTree.isEmpty() && !organizationQueries.isRegistered(buyerMemberId)) {
            throw unknownMember(buyerMemberId);
        }
        Map<Tree, List<Upline>> uplines = new EnumMap<>(Tree.class);
        levelsByTree.forEach((tree, levels) -> uplines.put(
                tree,
                organizationQueries
                        .uplines(buyerMemberId, tree, levels)
                        .orElseThrow(() -> unknownMember(buyerMemberId))));
        return uplines;
    }

    private static void validate(PaidOrder order) {
        if (order.orderReference() == null
                || order.orderReference().isBlank()
                || order.orderReference().length() > ORDER_REFERENCE_LENGTH_MAX) {
            throw ApiException.validation("orderReference", "must be 1-" + ORDER_REFERENCE_LENGTH_MAX + " characters");
        }
        if (!MemberIds.isValid(order.buyerMemberId())) {
            throw unknownMember(order.buyerMemberId());
        }
        if (order.pvAmount() == null || order.pvAmount().signum() <= 0 || !Amounts.fitsStorage(order.pvAmount())) {
            throw ApiException.validation("pvAmount", "must be a positive decimal with at most 18 decimals");
        }
        if (order.paidAt() == null) {
            throw ApiException.validation("paidAt", "is required");
        }
        validateShares(order);
    }

    /** One share per plan, each positive, together the order's PV. */
    private static void validateShares(PaidOrder order) {
        List<PlanShare> shares = order.planShares();
        if (shares == null || shares.isEmpty()) {
            throw ApiException.validation("planShares", "name at least one plan");
        }
        Set<String> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (PlanShare share : shares) {
            if (!seen.add(share.plan()) || share.pvAmount().signum() <= 0) {
                throw ApiException.validation("planShares", "one positive share per plan");
            }
            sum = sum.add(share.pvAmount());
        }
        if (sum.compareTo(order.pvAmount()) != 0) {
            throw ApiException.validation("planShares", "must add up to pvAmount");
        }
    }

    private static ApiException unknownMember(String memberId) {
        return ApiException.unprocessable("unknown_member", "member " + memberId + " is not registered");
    }
}
