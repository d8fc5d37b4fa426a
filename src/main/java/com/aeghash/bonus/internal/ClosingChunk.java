package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusesClosed;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.SystemAccount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pure decisions for one chunk of a closing: which entries are confirmed and which cancelled, and the
 * ledger postings that move each member's confirmed sum from PENDING to AVAILABLE and the cancelled sum from
 * PENDING back to {@code BONUS_EXPENSE} (aggregated per member per chunk).
 */
record ClosingChunk(
        List<Long> confirmedIds,
        List<Long> cancelledIds,
        Map<String, BigDecimal[]> sumsByMember,
        BigDecimal confirmedAmount,
        BigDecimal cancelledAmount,
        String lastBeneficiaryMemberId,
        long lastEntryId) {

    /**
     * At most 3 postings per member (pending, available, bonus debt) plus 2: well within the ledger's 10,000 lines
     * per entry.
     */
    static final int MEMBERS_PER_LEDGER_ENTRY = 2000;

    private static final int CONFIRMED = 0;
    private static final int CANCELLED = 1;

    /** Entries in keyset order (beneficiary, id), as the repository returns them; not empty. */
    static ClosingChunk of(List<ClosableEntry> entries) {
        List<Long> confirmed = new ArrayList<>();
        List<Long> cancelled = new ArrayList<>();
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        BigDecimal confirmedAmount = BigDecimal.ZERO;
        BigDecimal cancelledAmount = BigDecimal.ZERO;
        for (ClosableEntry entry : entries) {
            BigDecimal[] memberSums = sums.computeIfAbsent(
                    entry.beneficiaryMemberId(), member -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            int kind = entry.orderRefunded() ? CANCELLED : CONFIRMED;
            memberSums[kind] = memberSums[kind].add(entry.amount());
            if (kind == CANCELLED) {
                cancelled.add(entry.id());
                cancelledAmount = cancelledAmount.add(entry.amount());
            } else {
                confirmed.add(entry.id());
                confirmedAmount = confirmedAmount.add(entry.amount());
            }
        }
        ClosableEntry last = entries.get(entries.size() - 1);
        return new ClosingChunk(
                confirmed, cancelled, sums, confirmedAmount, cancelledAmount, last.beneficiaryMemberId(), last.id());
    }

    /** Each member's confirmed and clawed-back sums, in the chunk's order. */
    List<BonusesClosed.MemberBonuses> memberSums() {
        return sumsByMember.entrySet().stream()
                .map(member -> new BonusesClosed.MemberBonuses(
                        member.getKey(), member.getValue()[CONFIRMED], member.getValue()[CANCELLED]))
                .toList();
    }

    /** Each member's confirmed sum, for members with one. */
    Map<String, BigDecimal> confirmedByMember() {
        Map<String, BigDecimal> confirmed = new LinkedHashMap<>();
        sumsByMember.forEach((member, sums) -> {
            if (sums[CONFIRMED].signum() > 0) {
                confirmed.put(member, sums[CONFIRMED]);
            }
        });
        return confirmed;
    }

    int size() {
        return confirmedIds.size() + cancelledIds.size();
    }

    /**
     * Balanced ledger entries for the chunk, each covering up to {@link #MEMBERS_PER_LEDGER_ENTRY} members
     * with one posting per member and bucket (PENDING out, AVAILABLE in) and one BONUS_EXPENSE posting for
     * the cancelled sum; referenced by closing, chunk number and part. A few large entries rather than one
     * per member: the ledger's replay check reads the entries of a list of references, and on PostgreSQL a
     * list of hundreds of references is planned as a scan of all postings.
     */
    List<EntryRequest> ledgerEntries(long closingId, int chunkNumber) {
        return ledgerEntries(closingId, chunkNumber, DebtRecovery.NONE);
    }

    /**
     * As {@link #ledgerEntries(long, int)}, a member's confirmed sum first repaying what {@code recovery} says: that
     * part goes from PENDING to the company (BONUS_EXPENSE) and settles the member's BONUS_DEBT against
     * BONUS_RECEIVABLE, the rest to AVAILABLE (docs/modules/bonus.md, "Refunds after confirmation").
     */
    List<EntryRequest> ledgerEntries(long closingId, int chunkNumber, DebtRecovery recovery) {
        List<Map.Entry<String, BigDecimal[]>> members = new ArrayList<>(sumsByMember.entrySet());
        List<EntryRequest> requests = new ArrayList<>();
        for (int start = 0; start < members.size(); start += MEMBERS_PER_LEDGER_ENTRY) {
            int part = start / MEMBERS_PER_LEDGER_ENTRY + 1;
            requests.add(ledgerEntry(
                    members.subList(start, Math.min(members.size(), start + MEMBERS_PER_LEDGER_ENTRY)),
                    "bonus-closing:" + closingId + ":" + chunkNumber + ":" + part,
                    "bonus closing " + closingId + " chunk " + chunkNumber + " part " + part,
                    recovery));
        }
        return requests;
    }

    private static EntryRequest ledgerEntry(
            List<Map.Entry<String, BigDecimal[]>> members,
            String reference,
            String description,
            DebtRecovery recovery) {
        EntryRequest.Builder entry = EntryRequest.builder(reference, description);
        BigDecimal cancelled = BigDecimal.ZERO;
        BigDecimal recovered = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal[]> member : members) {
            BigDecimal[] sums = member.getValue();
            BigDecimal repaid = recovery.of(member.getKey());
            entry.add(
                    AccountRef.member(member.getKey(), Asset.POINT, Bucket.PENDING),
                    sums[CONFIRMED].add(sums[CANCELLED]).negate());
            if (sums[CONFIRMED].subtract(repaid).signum() > 0) {
                entry.add(
                        AccountRef.member(member.getKey(), Asset.POINT, Bucket.AVAILABLE),
                        sums[CONFIRMED].subtract(repaid));
            }
            if (repaid.signum() > 0) {
                entry.add(AccountRef.member(member.getKey(), Asset.POINT, Bucket.BONUS_DEBT), repaid.negate());
            }
            cancelled = cancelled.add(sums[CANCELLED]);
            recovered = recovered.add(repaid);
        }
        if (cancelled.add(recovered).signum() > 0) {
            entry.add(AccountRef.system(SystemAccount.BONUS_EXPENSE, Asset.POINT), cancelled.add(recovered));
        }
        if (recovered.signum() > 0) {
            entry.add(AccountRef.system(SystemAccount.BONUS_RECEIVABLE, Asset.POINT), recovered);
        }
        return entry.build();
    }
}
