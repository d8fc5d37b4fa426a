package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusClawback;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.SystemAccount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Pure decisions of one order's clawback: per beneficiary, the confirmed sum is taken from their available balance as
 * far as it goes (their entries in id order, the first ones first) and the rest becomes bonus debt; and the one
 * balanced ledger entry {@code clawback:<order reference>} that does it (see docs/modules/bonus.md).
 */
record ClawbackPlan(String orderReference, List<BonusClawback> clawbacks, Map<String, MemberClawback> byMember) {

    /** The ledger reference prefix (kept short: an order reference has up to 190 characters, a reference 200). */
    static final String REFERENCE_PREFIX = "clawback:";

    /** One beneficiary's part of the clawback. */
    record MemberClawback(
            String memberId, int entries, BigDecimal amount, BigDecimal fromAvailable, BigDecimal toDebt) {

        MemberClawback plus(BonusClawback clawback) {
            return new MemberClawback(
                    memberId,
                    entries + 1,
                    amount.add(clawback.amount()),
                    fromAvailable.add(clawback.fromAvailable()),
                    toDebt.add(clawback.toDebt()));
        }
    }

    /** {@code available}: the beneficiaries' available POINT balances (absent = zero), read under lock. */
    static ClawbackPlan of(
            String orderReference, List<ConfirmedEntry> entries, Map<String, BigDecimal> available, Instant at) {
        Map<String, BigDecimal> remaining = new HashMap<>(available);
        List<BonusClawback> clawbacks = new ArrayList<>();
        Map<String, MemberClawback> byMember = new TreeMap<>();
        for (ConfirmedEntry entry : entries) {
            String member = entry.beneficiaryMemberId();
            BigDecimal left = remaining.getOrDefault(member, BigDecimal.ZERO);
            BigDecimal fromAvailable = left.min(entry.amount());
            remaining.put(member, left.subtract(fromAvailable));
            BonusClawback clawback = new BonusClawback(
                    entry.id(),
                    orderReference,
                    member,
                    entry.closingId(),
                    entry.amount(),
                    fromAvailable,
                    entry.amount().subtract(fromAvailable),
                    at);
            clawbacks.add(clawback);
            byMember.merge(
                    member,
                    new MemberClawback(member, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO).plus(clawback),
                    (sum, ignored) -> sum.plus(clawback));
        }
        return new ClawbackPlan(orderReference, List.copyOf(clawbacks), Map.copyOf(byMember));
    }

    List<Long> entryIds() {
        return clawbacks.stream().map(BonusClawback::entryId).toList();
    }

    BigDecimal total() {
        return sum(MemberClawback::amount);
    }

    BigDecimal toDebt() {
        return sum(MemberClawback::toDebt);
    }

    /**
     * Per member: available −from, bonus debt +to debt; the company: bonus expense +all from available (those bonuses
     * are no longer paid), bonus receivable −all to debt (owed by the members). Balanced; no member line below zero.
     */
    EntryRequest ledgerEntry() {
        EntryRequest.Builder entry =
                EntryRequest.builder(REFERENCE_PREFIX + orderReference, "clawback of the bonuses of " + orderReference);
        for (MemberClawback member : new TreeMap<>(byMember).values()) {
            if (member.fromAvailable().signum() > 0) {
                entry.add(
                        AccountRef.member(member.memberId(), Asset.POINT, Bucket.AVAILABLE),
                        member.fromAvailable().negate());
            }
            if (member.toDebt().signum() > 0) {
                entry.add(AccountRef.member(member.memberId(), Asset.POINT, Bucket.BONUS_DEBT), member.toDebt());
            }
        }
        BigDecimal fromAvailable = sum(MemberClawback::fromAvailable);
        if (fromAvailable.signum() > 0) {
            entry.add(AccountRef.system(SystemAccount.BONUS_EXPENSE, Asset.POINT), fromAvailable);
        }
        if (toDebt().signum() > 0) {
            entry.add(AccountRef.system(SystemAccount.BONUS_RECEIVABLE, Asset.POINT), toDebt().negate());
        }
        return entry.build();
    }

    private BigDecimal sum(Function<MemberClawback, BigDecimal> part) {
        return byMember.values().stream().map(part).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
