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
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Sets a member's hash power (the ledger HASHPOWER available balance, MH/s) to a target by posting the
 * difference against {@code hashpower_issuance}. Settings of one member are serialised by locking the
 * member's {@code mining_balances} row, and the reference is looked up after the lock, so two concurrent
 * commands never both read the old value and a repeated reference gets its first result again.
 */
@Service
public class HashPowerService {

    /** Prefix of the ledger reference, so caller references cannot collide with other modules' references. */
    static final String LEDGER_PREFIX = "hash-power:";

    static final Pattern REFERENCE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9:._-]{0,99}$");
    static final int SCALE_MAX = Amounts.MEMBER_SCALE;

    private final Ledger ledger;
    private final HashPowerSettingRepository settings;
    private final MiningBalanceRepository balances;
    private final AuditLog audit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public HashPowerService(
            Ledger ledger,
            HashPowerSettingRepository settings,
            MiningBalanceRepository balances,
            AuditLog audit,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.ledger = ledger;
        this.settings = settings;
        this.balances = balances;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public HashPowerChange set(String memberId, BigDecimal hashPower, String reference, String actor) {
        MemberIds.require(memberId, "memberId");
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw ApiException.validation("reference", "must be 1-100 letters, digits, ':', '.', '_' or '-'");
        }
        if (hashPower == null
                || hashPower.signum() < 0
                || hashPower.stripTrailingZeros().scale() > SCALE_MAX
                || !Amounts.fitsStorage(hashPower)) {
            throw ApiException.validation("amount", "must be zero or positive with at most 8 decimals");
        }
        return unitOfWork.inTransaction(() -> apply(memberId, hashPower, reference, actor));
    }

    private HashPowerChange apply(String memberId, BigDecimal hashPower, String reference, String actor) {
        Instant now = clock.instant();
        balances.lockMember(memberId, now);
        HashPowerSetting earlier = settings.find(reference).orElse(null);
        if (earlier != null) {
            return replay(earlier, memberId, hashPower);
        }
        BigDecimal current = ledger.balancesOf(memberId).of(Asset.HASHPOWER).available();
        BigDecimal difference = hashPower.subtract(current);
        if (difference.signum() != 0) {
            ledger.post(entry(memberId, difference, reference, hashPower));
        }
        settings.insert(new HashPowerSetting(reference, memberId, current, hashPower, actor, now));
        balances.updateHashPower(memberId, hashPower, now);
        audit.record(
                actor,
                "mining.hash_power_set",
                memberId,
                Map.of(
                        "reference",
                        reference,
                        "previous",
                        Amounts.format(current),
                        "hashPower",
                        Amounts.format(hashPower)));
        return new HashPowerChange(memberId, reference, current, hashPower, now, false);
    }

    private static HashPowerChange replay(HashPowerSetting earlier, String memberId, BigDecimal hashPower) {
        if (!earlier.memberId().equals(memberId) || earlier.hashPower().compareTo(hashPower) != 0) {
            throw ApiException.conflict(
                    "reference_conflict", "reference " + earlier.reference() + " already set another member or amount");
        }
        return new HashPowerChange(
                memberId,
                earlier.reference(),
                earlier.previousHashPower(),
                earlier.hashPower(),
                earlier.createdAt(),
                true);
    }

    private static EntryRequest entry(String memberId, BigDecimal difference, String reference, BigDecimal target) {
        AccountRef member = AccountRef.member(memberId, Asset.HASHPOWER, Bucket.AVAILABLE);
        AccountRef issuance = AccountRef.system(SystemAccount.HASHPOWER_ISSUANCE, Asset.HASHPOWER);
        EntryRequest.Builder builder = EntryRequest.builder(
                LEDGER_PREFIX + reference, "hash power set to " + Amounts.format(target) + " MH/s");
        return difference.signum() > 0
                ? builder.move(issuance, member, difference).build()
                : builder.move(member, issuance, difference.negate()).build();
    }
}
