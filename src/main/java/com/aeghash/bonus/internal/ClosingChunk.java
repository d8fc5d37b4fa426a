package com.aeghash.bonus.internal;

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
 * Pure decisions for one chunk of a closing: which entries are confirmed and which cancelled, and one
 * ledger entry per member moving the member's confirmed sum from PENDING to AVAILABLE and the cancelled sum
 * from PENDING back to {@code BONUS_EXPENSE}.
 */
record ClosingChunk(List<Long> confirmedIds, List<Long> cancelledIds, Map<String, BigDecimal[]> sumsByMember,
        BigDecimal confirmedAmount, BigDecimal cancelledAmount, String lastBeneficiaryMemberId, long lastEntryId) {

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
            BigDecimal[] memberSums = sums.computeIfAbsent(entry.beneficiaryMemberId(),
                    member -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
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
        return new ClosingChunk(confirmed, cancelled, sums, confirmedAmount, cancelledAmount,
                last.beneficiaryMemberId(), last.id());
    }

    int size() {
        return confirmedIds.size() + cancelledIds.size();
    }

    /** One balanced entry per member, referenced by closing, chunk number and member. */
    List<EntryRequest> ledgerEntries(long closingId, int chunkNumber) {
        AccountRef expense = AccountRef.system(SystemAccount.BONUS_EXPENSE, Asset.POINT);
        List<EntryRequest> requests = new ArrayList<>(sumsByMember.size());
        sumsByMember.forEach((memberId, memberSums) -> {
            EntryRequest.Builder entry = EntryRequest.builder(
                    "bonus-closing:" + closingId + ":" + chunkNumber + ":" + memberId,
                    "bonus closing " + closingId + " chunk " + chunkNumber);
            AccountRef pending = AccountRef.member(memberId, Asset.POINT, Bucket.PENDING);
            if (memberSums[CONFIRMED].signum() > 0) {
                entry.move(pending, AccountRef.member(memberId, Asset.POINT, Bucket.AVAILABLE), memberSums[CONFIRMED]);
            }
            if (memberSums[CANCELLED].signum() > 0) {
                entry.move(pending, expense, memberSums[CANCELLED]);
            }
            requests.add(entry.build());
        });
        return requests;
    }
}
