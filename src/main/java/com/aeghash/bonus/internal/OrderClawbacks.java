package com.aeghash.bonus.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.Amounts;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.Ledger;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claws back the confirmed entries of a refunded order in the refund's transaction (docs/modules/bonus.md, "Refunds
 * after confirmation"): the beneficiaries' available POINT balances are locked and read, each takes what it covers,
 * the rest becomes bonus debt; one ledger entry, the entries moved to CLAWED_BACK, one row per entry, an audit entry
 * per member and an alert above {@code aeghash.bonus.clawback-alert-above}. The caller holds the closings' lock
 * ({@link #lockAgainstClosings}) from before it marked the order refunded.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class OrderClawbacks {

    static final String AUDIT_ACTION = "bonus.clawed_back";
    private final ClawbackRepository clawbacks;
    private final Ledger ledger;
    private final AuditLog auditLog;
    private final Notifier notifier;
    private final BigDecimal alertAbove;

    OrderClawbacks(
            ClawbackRepository clawbacks,
            Ledger ledger,
            AuditLog auditLog,
            Notifier notifier,
            RefundProperties properties) {
        this.clawbacks = clawbacks;
        this.ledger = ledger;
        this.auditLog = auditLog;
        this.notifier = notifier;
        this.alertAbove = properties.clawbackAlertAbove();
    }

    /** Until the transaction ends, no closing chunk runs (and none is running once this returns). */
    void lockAgainstClosings() {
        clawbacks.lockAgainstClosings();
    }

    /** Claws back every CONFIRMED entry of the order; nothing when it has none. */
    void clawBack(String orderReference, Instant at) {
        List<ConfirmedEntry> confirmed = clawbacks.confirmedEntriesOf(orderReference);
        if (confirmed.isEmpty()) {
            return;
        }
        TreeSet<String> members = new TreeSet<>();
        confirmed.forEach(entry -> members.add(entry.beneficiaryMemberId()));
        Map<String, BigDecimal> available = ledger.lockBalances(Asset.POINT, Bucket.AVAILABLE, members);
        ClawbackPlan plan = ClawbackPlan.of(orderReference, confirmed, available, at);
        ledger.post(plan.ledgerEntry());
        int moved = clawbacks.markClawedBack(plan.entryIds(), at);
        if (moved != confirmed.size()) {
            // the closings' lock and the order's refund gate make this impossible; should it happen, all rolls back
            throw new IllegalStateException("clawback of " + orderReference + " moved " + moved + " of "
                    + confirmed.size() + " entries; rolled back");
        }
        clawbacks.insertClawbacks(plan.clawbacks());
        audit(plan);
        alertIfLarge(plan);
    }

    private void audit(ClawbackPlan plan) {
        plan.byMember().values().stream()
                .sorted((left, right) -> left.memberId().compareTo(right.memberId()))
                .forEach(member -> auditLog.record(
                        "system",
                        AUDIT_ACTION,
                        "order:" + plan.orderReference(),
                        Map.of(
                                "memberId", member.memberId(),
                                "entries", Integer.toString(member.entries()),
                                "amount", Amounts.format(member.amount()),
                                "fromAvailable", Amounts.format(member.fromAvailable()),
                                "toDebt", Amounts.format(member.toDebt()))));
    }

    private void alertIfLarge(ClawbackPlan plan) {
        if (plan.total().compareTo(alertAbove) <= 0) {
            return;
        }
        notifier.alert(Alert.warning(
                "bonus",
                "Large bonus clawback",
                "the refund of " + plan.orderReference() + " clawed back " + Amounts.format(plan.total())
                        + " POINT of confirmed bonuses from " + plan.byMember().size() + " members, "
                        + Amounts.format(plan.toDebt()) + " of it as bonus debt (alert above "
                        + Amounts.format(alertAbove) + ")",
                Map.of(
                        "orderReference", plan.orderReference(),
                        "amount", Amounts.format(plan.total()),
                        "toDebt", Amounts.format(plan.toDebt()),
                        "members", Integer.toString(plan.byMember().size()))));
    }
}
