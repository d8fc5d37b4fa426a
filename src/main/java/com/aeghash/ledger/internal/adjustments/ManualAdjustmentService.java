package com.aeghash.ledger.internal.adjustments;

import com.aeghash.approval.ApprovalRequest;
import com.aeghash.approval.ApprovalRequests;
import com.aeghash.approval.NewApprovalRequest;
import com.aeghash.audit.AuditLog;
import com.aeghash.common.Amounts;
import com.aeghash.common.MemberIds;
import com.aeghash.common.RegisteredMembers;
import com.aeghash.idempotency.CanonicalJson;
import com.aeghash.idempotency.IdempotencyKey;
import com.aeghash.idempotency.IdempotentRequest;
import com.aeghash.idempotency.IdempotentRequests;
import com.aeghash.idempotency.IdempotentResponse;
import com.aeghash.idempotency.IdempotentResponses;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.JournalEntry;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import com.aeghash.security.OperatorIdentity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Operator corrections of a member's available balance against the {@code manual_adjustment} system account.
 * Each runs under its {@code Idempotency-Key} through the idempotency module, scoped to the operator: a retry
 * gets the first response again ({@code Idempotent-Replayed: true}), the same key with another adjustment is a 409
 * {@code idempotency_conflict}. The ledger reference {@code manual-adjustment:{record id}} comes from the key's
 * record, so a key used again after it expired is a new adjustment, never the old entry replayed. Audited and,
 * above a size, alerted, in the posting's transaction. A debit beyond the available balance is the ledger's 422; a
 * member id that is not registered is a 422 {@code unknown_member} before the key is used ({@link RegisteredMembers}).
 *
 * <p>Four eyes: an adjustment at or above {@code approval-threshold.<asset>} is not posted by its maker. It becomes
 * an approval request ({@value #APPROVAL_KIND}, 202, the key's final response), posted under the same reference when
 * a second FINANCE operator approves it ({@link ManualAdjustmentApprovals}); its audit entry names both. The member's
 * own operator ({@link OperatorIdentity#isMember}) neither makes nor checks an adjustment of that member (409).
 */
@Service
class ManualAdjustmentService {

    static final String AUDIT_ACTION = "ledger.adjusted";
    static final String OPERATION = "ledger.adjustments";
    static final String APPROVAL_KIND = "ledger.adjustment";
    private final Ledger ledger;
    private final AuditLog auditLog;
    private final Notifier notifier;
    private final AdjustmentProperties properties;
    private final IdempotentRequests idempotency;
    private final IdempotentResponses responses;
    private final CanonicalJson canonicalJson;
    private final ApprovalRequests approvals;
    private final RegisteredMembers members;
    private final OperatorIdentity identity;

    ManualAdjustmentService(
            Ledger ledger,
            AuditLog auditLog,
            Notifier notifier,
            AdjustmentProperties properties,
            IdempotentRequests idempotency,
            IdempotentResponses responses,
            CanonicalJson canonicalJson,
            ApprovalRequests approvals,
            RegisteredMembers members,
            OperatorIdentity identity) {
        this.ledger = ledger;
        this.members = members;
        this.auditLog = auditLog;
        this.notifier = notifier;
        this.properties = properties;
        this.idempotency = idempotency;
        this.responses = responses;
        this.canonicalJson = canonicalJson;
        this.approvals = approvals;
        this.identity = identity;
    }

    record Adjustment(
            String reference,
            long entryId,
            String memberId,
            Asset asset,
            BigDecimal amount,
            String reason,
            BigDecimal availableAfter,
            Instant postedAt) {}

    /**
     * 201 with the adjustment, 202 with the approval request it needs, the ledger's 422, the idempotency module's
     * 409s, or the first response replayed.
     */
    IdempotentResponse adjust(
            String actor,
            String idempotencyKeyHeader,
            String memberId,
            Asset asset,
            BigDecimal amount,
            String reason,
            String path) {
        String key = IdempotencyKey.require(idempotencyKeyHeader);
        MemberIds.require(memberId, "memberId");
        Amounts.requireMemberScale(amount, "amount");
        members.requireRegistered(memberId, "memberId");
        if (identity.isMember(actor, memberId)) {
            throw OperatorIdentity.memberOwnOperator(actor, memberId);
        }
        ObjectNode payload = JsonNodeFactory.instance
                .objectNode()
                .put("memberId", memberId)
                .put("asset", asset.name())
                .put("amount", amount)
                .put("reason", reason);
        IdempotentRequest request = new IdempotentRequest(
                IdempotentRequest.operator(actor), key, OPERATION, canonicalJson.hash(OPERATION, payload), path);
        return idempotency.execute(request, recordId -> {
            String reference = reference(recordId);
            if (properties.needsApproval(asset, amount)) {
                return responses.json(
                        HttpStatus.ACCEPTED,
                        approvals.submit(new NewApprovalRequest(
                                APPROVAL_KIND,
                                reference,
                                approvalPayload(reference, memberId, asset, amount, reason),
                                actor,
                                reason)));
            }
            return responses.json(
                    HttpStatus.CREATED,
                    post(new Author(actor, null, null), reference, memberId, asset, amount, reason));
        });
    }

    /** Who posts an adjustment: its maker, and the checker who approved it (null below the approval threshold). */
    record Author(String maker, String checker, Long approvalRequestId) {}

    /** What the checker sees and the approval posts; amounts as strings, so that no binary float ever reads them. */
    private static ObjectNode approvalPayload(
            String reference, String memberId, Asset asset, BigDecimal amount, String reason) {
        return JsonNodeFactory.instance
                .objectNode()
                .put("reference", reference)
                .put("memberId", memberId)
                .put("asset", asset.name())
                .put("amount", Amounts.format(amount))
                .put("reason", reason);
    }

    /** Posts an approved adjustment under the reference it was asked for (in the approval's transaction). */
    Adjustment postApproved(ApprovalRequest request, String checker) {
        JsonNode payload = request.payload();
        return post(
                new Author(request.maker(), checker, request.id()),
                payload.path("reference").asString(),
                payload.path("memberId").asString(),
                Asset.valueOf(payload.path("asset").asString()),
                new BigDecimal(payload.path("amount").asString()),
                payload.path("reason").asString());
    }

    /** One per use of a key; different from every reference of before V64 (those held the operator and the key). */
    static String reference(long idempotencyRecordId) {
        return "manual-adjustment:" + idempotencyRecordId;
    }

    private Adjustment post(
            Author author, String reference, String memberId, Asset asset, BigDecimal amount, String reason) {
        AccountRef member = AccountRef.member(memberId, asset, Bucket.AVAILABLE);
        AccountRef company = AccountRef.system(SystemAccount.MANUAL_ADJUSTMENT, asset);
        EntryRequest.Builder entry = EntryRequest.builder(reference, reason);
        JournalEntry posted = ledger.post((amount.signum() > 0
                        ? entry.move(company, member, amount)
                        : entry.move(member, company, amount.negate()))
                .build());
        if (!posted.replayed()) {
            record(author, reference, memberId, asset, amount, reason);
        }
        BigDecimal available = ledger.balancesOf(memberId).of(asset).available();
        BigDecimal postedAmount = posted.lines().stream()
                .filter(line -> line.account().equals(member))
                .map(line -> line.amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Adjustment(
                reference,
                posted.id(),
                memberId,
                asset,
                postedAmount,
                posted.description(),
                available,
                posted.createdAt());
    }

    private void record(
            Author author, String reference, String memberId, Asset asset, BigDecimal amount, String reason) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("asset", asset.name());
        details.put("amount", Amounts.format(amount));
        details.put("reference", reference);
        details.put("reason", reason);
        if (author.checker() != null) {
            details.put("approvedBy", author.checker());
            details.put("approvalRequestId", String.valueOf(author.approvalRequestId()));
        }
        auditLog.record(author.maker(), AUDIT_ACTION, memberId, details);
        if (amount.abs().compareTo(properties.thresholdOf(asset)) >= 0) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("memberId", memberId);
            fields.put("asset", asset.name());
            fields.put("amount", Amounts.format(amount));
            fields.put("actor", author.maker());
            fields.put("reference", reference);
            if (author.checker() != null) {
                fields.put("approvedBy", author.checker());
            }
            notifier.alert(Alert.warning(
                    "ledger",
                    "Large manual adjustment",
                    author.maker() + (author.checker() == null ? "" : " (approved by " + author.checker() + ")")
                            + " adjusted " + memberId + " by " + Amounts.format(amount) + " " + asset + ": " + reason,
                    fields));
        }
    }
}
