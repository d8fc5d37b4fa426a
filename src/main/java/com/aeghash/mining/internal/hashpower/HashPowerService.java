package com.aeghash.mining.internal.hashpower;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.Amounts;
import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.common.UnitOfWork;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.mining.HashPowerChange;
import com.aeghash.mining.internal.balances.MiningBalanceRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Operator adjustments of a member's hash power (the ledger HASHPOWER available balance, MH/s): a signed difference
 * with a reason, posted against {@code hashpower_issuance} at the time it is made, so the daily run sees it from
 * that moment on. "Adjust to" posts the difference to a target, computed under the lock. Adjustments of one member
 * are serialised by locking the member's {@code mining_balances} row, and the reference is looked up after the
 * lock, so two concurrent commands never both read the old value and a repeated reference gets its first result.
 */
@Service
public class HashPowerService {

    /**
     * Prefix of the ledger reference, so caller references cannot collide with other modules' references (the
     * ledger's statements read it as {@code hash_power}); the older "set" commands used it too.
     */
    static final String LEDGER_PREFIX = "hash-power:";

    static final Pattern REFERENCE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9:._-]{0,99}$");
    static final int SCALE_MAX = Amounts.MEMBER_SCALE;
    static final int REASON_LENGTH_MAX = 200;

    private final Ledger ledger;
    private final HashPowerAdjustmentRepository adjustments;
    private final MiningBalanceRepository balances;
    private final AuditLog audit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public HashPowerService(
            Ledger ledger,
            HashPowerAdjustmentRepository adjustments,
            MiningBalanceRepository balances,
            AuditLog audit,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.ledger = ledger;
        this.adjustments = adjustments;
        this.balances = balances;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /**
     * @throws ApiException 400 for a malformed request, 409 {@code reference_conflict} for a reference used for
     *     another member or amount, 422 {@code hash_power_below_zero} when the balance would go below zero
     */
    public HashPowerChange adjust(String memberId, HashPowerAdjustmentRequest request, String actor) {
        MemberIds.require(memberId, "memberId");
        validate(request);
        return unitOfWork.inTransaction(() -> apply(memberId, request, actor));
    }

    private static void validate(HashPowerAdjustmentRequest request) {
        if (request.reference() == null
                || !REFERENCE.matcher(request.reference()).matches()) {
            throw ApiException.validation("reference", "must be 1-100 letters, digits, ':', '.', '_' or '-'");
        }
        if (request.reason() == null
                || request.reason().isBlank()
                || request.reason().length() > REASON_LENGTH_MAX) {
            throw ApiException.validation("reason", "must be 1-" + REASON_LENGTH_MAX + " characters");
        }
        if ((request.delta() == null) == (request.target() == null)) {
            throw ApiException.validation("delta", "give exactly one of delta (signed) and target");
        }
        if (request.delta() != null && (request.delta().signum() == 0 || !wellFormed(request.delta()))) {
            throw ApiException.validation("delta", "must be non-zero with at most 8 decimals");
        }
        if (request.target() != null && (request.target().signum() < 0 || !wellFormed(request.target()))) {
            throw ApiException.validation("target", "must be zero or positive with at most 8 decimals");
        }
    }

    private static boolean wellFormed(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= SCALE_MAX && Amounts.fitsStorage(amount.abs());
    }

    private HashPowerChange apply(String memberId, HashPowerAdjustmentRequest request, String actor) {
        Instant now = clock.instant();
        balances.lockMember(memberId, now);
        HashPowerAdjustment earlier = adjustments.find(request.reference()).orElse(null);
        if (earlier != null) {
            return replay(earlier, memberId, request);
        }
        BigDecimal current = ledger.balancesOf(memberId).of(Asset.HASHPOWER).available();
        BigDecimal delta =
                request.delta() != null ? request.delta() : request.target().subtract(current);
        BigDecimal after = current.add(delta);
        if (after.signum() < 0) {
            throw ApiException.unprocessable(
                    "hash_power_below_zero",
                    "member " + memberId + " holds " + Amounts.format(current) + " MH/s; an adjustment of "
                            + Amounts.format(delta) + " would take it below zero");
        }
        if (delta.signum() != 0 && ledger.post(entry(memberId, delta, request)).replayed()) {
            // the ledger already holds this reference from an older "set" command: nothing may be recorded as applied
            throw ApiException.conflict(
                    "reference_conflict",
                    "reference " + request.reference() + " was used by an earlier hash power change");
        }
        HashPowerAdjustment adjustment = new HashPowerAdjustment(
                request.reference(),
                memberId,
                request.delta(),
                request.target(),
                delta,
                current,
                after,
                request.reason(),
                actor,
                now);
        adjustments.insert(adjustment);
        balances.updateHashPower(memberId, after, now);
        audit.record(actor, "mining.hash_power_adjusted", memberId, auditDetails(adjustment));
        return changeOf(adjustment, false);
    }

    private static Map<String, String> auditDetails(HashPowerAdjustment adjustment) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("reference", adjustment.reference());
        details.put("previous", Amounts.format(adjustment.previousHashPower()));
        details.put("delta", Amounts.format(adjustment.delta()));
        details.put("hashPower", Amounts.format(adjustment.hashPower()));
        details.put("form", adjustment.requestedTarget() == null ? "delta" : "target");
        details.put("reason", adjustment.reason());
        return details;
    }

    private static HashPowerChange replay(
            HashPowerAdjustment earlier, String memberId, HashPowerAdjustmentRequest request) {
        if (!earlier.sameRequestAs(memberId, request)) {
            throw ApiException.conflict(
                    "reference_conflict",
                    "reference " + earlier.reference() + " already adjusted another member or amount");
        }
        return changeOf(earlier, true);
    }

    private static HashPowerChange changeOf(HashPowerAdjustment adjustment, boolean replayed) {
        return new HashPowerChange(
                adjustment.memberId(),
                adjustment.reference(),
                adjustment.previousHashPower(),
                adjustment.delta(),
                adjustment.hashPower(),
                adjustment.reason(),
                adjustment.createdAt(),
                replayed);
    }

    private static EntryRequest entry(String memberId, BigDecimal delta, HashPowerAdjustmentRequest request) {
        AccountRef member = AccountRef.member(memberId, Asset.HASHPOWER, Bucket.AVAILABLE);
        AccountRef issuance = AccountRef.system(SystemAccount.HASHPOWER_ISSUANCE, Asset.HASHPOWER);
        String sign = delta.signum() > 0 ? "+" : "";
        EntryRequest.Builder builder = EntryRequest.builder(
                LEDGER_PREFIX + request.reference(),
                "hash power adjusted by " + sign + Amounts.format(delta) + " MH/s: " + request.reason());
        return delta.signum() > 0
                ? builder.move(issuance, member, delta).build()
                : builder.move(member, issuance, delta.negate()).build();
    }
}
