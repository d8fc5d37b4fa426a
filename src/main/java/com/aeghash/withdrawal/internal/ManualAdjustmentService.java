package com.aeghash.withdrawal.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.Amounts;
import com.aeghash.common.MemberIds;
import com.aeghash.common.UnitOfWork;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.JournalEntry;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.ReferenceConflictException;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Operator corrections of a member's available balance against the {@code manual_adjustment} system account.
 * The ledger reference {@code manual-adjustment:{admin}:{Idempotency-Key}} makes a retried request a no-op;
 * the same key with another amount is a 409 {@code idempotency_conflict}. Audited and, above a size, alerted,
 * in the posting's transaction. A debit beyond the available balance is the ledger's 422.
 */
@Service
class ManualAdjustmentService {

    static final String AUDIT_ACTION = "ledger.adjusted";
    private final Ledger ledger;
    private final AuditLog auditLog;
    private final Notifier notifier;
    private final AdjustmentProperties properties;
    private final UnitOfWork unitOfWork;

    ManualAdjustmentService(Ledger ledger, AuditLog auditLog, Notifier notifier, AdjustmentProperties properties,
            UnitOfWork unitOfWork) {
        this.ledger = ledger;
        this.auditLog = auditLog;
        this.notifier = notifier;
        this.properties = properties;
        this.unitOfWork = unitOfWork;
    }

    record Adjustment(String reference, long entryId, String memberId, Asset asset, BigDecimal amount, String reason,
            boolean replayed, BigDecimal availableAfter, Instant postedAt) {
    }

    Adjustment adjust(String actor, String idempotencyKeyHeader, String memberId, Asset asset, BigDecimal amount,
            String reason) {
        String key = IdempotencyKeys.require(idempotencyKeyHeader);
        MemberIds.require(memberId, "memberId");
        Amounts.requireMemberScale(amount, "amount");
        String reference = "manual-adjustment:" + actor + ":" + key;
        try {
            return unitOfWork.inTransaction(() -> post(actor, reference, memberId, asset, amount, reason));
        } catch (ReferenceConflictException reused) {
            throw WithdrawalErrors.idempotencyConflict();
        }
    }

    private Adjustment post(String actor, String reference, String memberId, Asset asset, BigDecimal amount,
            String reason) {
        AccountRef member = AccountRef.member(memberId, asset, Bucket.AVAILABLE);
        AccountRef company = AccountRef.system(SystemAccount.MANUAL_ADJUSTMENT, asset);
        EntryRequest.Builder entry = EntryRequest.builder(reference, reason);
        JournalEntry posted = ledger.post((amount.signum() > 0 ? entry.move(company, member, amount)
                : entry.move(member, company, amount.negate())).build());
        if (!posted.replayed()) {
            record(actor, reference, memberId, asset, amount, reason);
        }
        BigDecimal available = ledger.balancesOf(memberId).of(asset).available();
        BigDecimal postedAmount = posted.lines().stream().filter(line -> line.account().equals(member))
                .map(line -> line.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Adjustment(reference, posted.id(), memberId, asset, postedAmount, posted.description(),
                posted.replayed(), available, posted.createdAt());
    }

    private void record(String actor, String reference, String memberId, Asset asset, BigDecimal amount, String reason) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("asset", asset.name());
        details.put("amount", Amounts.format(amount));
        details.put("reference", reference);
        details.put("reason", reason);
        auditLog.record(actor, AUDIT_ACTION, memberId, details);
        if (amount.abs().compareTo(properties.thresholdOf(asset)) >= 0) {
            notifier.alert(Alert.warning("ledger", "Large manual adjustment",
                    actor + " adjusted " + memberId + " by " + Amounts.format(amount) + " " + asset + ": " + reason,
                    Map.of("memberId", memberId, "asset", asset.name(), "amount", Amounts.format(amount),
                            "actor", actor, "reference", reference)));
        }
    }
}
