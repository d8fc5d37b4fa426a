package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusRanks;
import com.aeghash.bonus.BonusReports;
import com.aeghash.bonus.BonusType;
import com.aeghash.bonus.ClosingPreview;
import com.aeghash.bonus.StatusTally;
import com.aeghash.common.ApiException;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.MemberHolding;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Previews a closing: the cut-off checked as the closing checks it, the same threshold ({@link ClosingSchedule}) and
 * the same selection ({@link JdbcClosingPreviews}), read in one read-only snapshot so the totals, the types, the
 * members, the debts it would recover and the period's claw-backs agree. Writes nothing: no closing row, no audit
 * entry, no lock.
 */
@Service
class ClosingPreviews {

    /** Debtors read from the ledger per page. */
    static final int DEBTORS_PAGE = 10_000;

    private final JdbcClosingPreviews previews;
    private final ClosingRepository closings;
    private final BonusProperties.Closing settings;
    private final Clock clock;
    private final JdbcGlobalShareRepository globalShares;
    private final ObjectProvider<BonusRanks> ranks;
    private final BonusProperties.GlobalShare globalShare;
    private final Ledger ledger;

    ClosingPreviews(
            JdbcClosingPreviews previews,
            ClosingRepository closings,
            BonusProperties properties,
            Clock clock,
            JdbcGlobalShareRepository globalShares,
            ObjectProvider<BonusRanks> ranks,
            Ledger ledger) {
        this.previews = previews;
        this.ledger = ledger;
        this.closings = closings;
        this.settings = properties.closing();
        this.clock = clock;
        this.globalShares = globalShares;
        this.ranks = ranks;
        this.globalShare = properties.globalShare();
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ClosingPreview preview(Instant cutoff, int topMembers) {
        requirePreviewable(cutoff, topMembers);
        Instant paidBefore = ClosingSchedule.paidBefore(settings, cutoff);
        Map<BonusType, List<StatusTally>> byType = TallyRow.grouped(previews.byBonusType(paidBefore));
        List<ClosingPreview.MemberTally> members =
                TallyRow.grouped(previews.topMembers(paidBefore, topMembers)).entrySet().stream()
                        .map(member -> new ClosingPreview.MemberTally(member.getKey(), member.getValue()))
                        .sorted(Comparator.comparing((ClosingPreview.MemberTally member) -> total(member.statuses()))
                                .reversed()
                                .thenComparing(ClosingPreview.MemberTally::memberId))
                        .toList();
        ClosingPreview.GlobalShare share = globalShareOf(cutoff, paidBefore);
        return new ClosingPreview(
                cutoff,
                paidBefore,
                StatusTally.sum(byType.values()),
                previews.members(paidBefore),
                byType.entrySet().stream()
                        .map(type -> new ClosingPreview.BonusTypeTally(type.getKey(), type.getValue()))
                        .toList(),
                members,
                share,
                recoveryOf(cutoff, paidBefore, share, topMembers),
                clawbacksOf(cutoff, topMembers));
    }

    /**
     * What the closing's confirmations would repay of the debts owed now: the debtors' confirmed entries in the
     * closing's order, then the global share of those who qualify at the cut-off ({@link RecoveryPreview}).
     */
    private ClosingPreview.Recovery recoveryOf(
            Instant cutoff, Instant paidBefore, ClosingPreview.GlobalShare share, int topMembers) {
        Map<String, BigDecimal> debts = debtsOwed();
        List<String> debtors = List.copyOf(debts.keySet());
        List<RecoveryPreview.Confirmation> confirmations =
                new ArrayList<>(debtors.isEmpty() ? List.of() : previews.confirmationsOf(paidBefore, debtors));
        BonusRanks source = ranks.getIfAvailable();
        if (share != null && share.share().signum() > 0 && source != null && !debtors.isEmpty()) {
            BonusRanks.Level minRank = BonusRanks.Level.valueOf(share.minRank());
            source.levelsAt(debtors, cutoff).forEach((member, level) -> {
                if (level.atLeast(minRank)) {
                    confirmations.add(new RecoveryPreview.Confirmation(member, BonusType.GLOBAL_SHARE, share.share()));
                }
            });
        }
        return RecoveryPreview.of(debts, confirmations, topMembers);
    }

    /** Every member's positive bonus debt, read from the ledger in pages of member ids. */
    private Map<String, BigDecimal> debtsOwed() {
        Map<String, BigDecimal> debts = new TreeMap<>();
        List<MemberHolding> page = ledger.membersHolding(Asset.POINT, Bucket.BONUS_DEBT, null, DEBTORS_PAGE);
        while (!page.isEmpty()) {
            page.forEach(holding -> debts.put(holding.memberId(), holding.amount()));
            page = page.size() < DEBTORS_PAGE
                    ? List.of()
                    : ledger.membersHolding(
                            Asset.POINT,
                            Bucket.BONUS_DEBT,
                            page.get(page.size() - 1).memberId(),
                            DEBTORS_PAGE);
        }
        return debts;
    }

    /** The claw-backs recorded since the previous closing's cut-off (from the start when none) up to this one. */
    private ClosingPreview.Clawbacks clawbacksOf(Instant cutoff, int topMembers) {
        Instant since = previews.previousCutoff(cutoff).orElse(null);
        Instant from = since == null ? Instant.EPOCH : since;
        Map<BonusType, ClosingPreview.ClawbackTally> byType = previews.clawbacksByType(from, cutoff);
        return new ClosingPreview.Clawbacks(
                since,
                cutoff,
                byType.values().stream().reduce(ClosingPreview.ClawbackTally.NONE, ClosingPreview.ClawbackTally::plus),
                previews.clawbackMembers(from, cutoff),
                byType.entrySet().stream()
                        .map(type -> new ClosingPreview.TypeClawbacks(type.getKey(), type.getValue()))
                        .toList(),
                previews.topClawbackMembers(from, cutoff, topMembers));
    }

    /** The global share's start as {@link GlobalSharePhase} computes it, without pooling or fixing anything. */
    private ClosingPreview.GlobalShare globalShareOf(Instant cutoff, Instant paidBefore) {
        BonusRanks source = ranks.getIfAvailable();
        if (source == null) {
            return null;
        }
        JdbcGlobalShareRepository.PooledOrders poolable = globalShares.poolable(paidBefore);
        long qualifiers = source.countAtLeast(globalShare.minRank(), cutoff);
        GlobalShareSplit split = GlobalShareSplit.of(poolable.pvAmount(), globalShare.percentage(), qualifiers);
        return new ClosingPreview.GlobalShare(
                globalShare.minRank().name(),
                poolable.orders(),
                split.pvAmount(),
                split.percentage(),
                split.pool(),
                split.qualifiers(),
                split.share(),
                split.share().multiply(BigDecimal.valueOf(split.qualifiers())),
                split.remainder());
    }

    private void requirePreviewable(Instant cutoff, int topMembers) {
        if (cutoff == null) {
            throw ApiException.validation("cutoff", "is required");
        }
        if (cutoff.isAfter(clock.instant())) {
            throw ApiException.unprocessable("cutoff_in_future", "a closing cut-off must not be in the future");
        }
        if (topMembers < 1 || topMembers > BonusReports.PREVIEW_MEMBERS_MAX) {
            throw ApiException.validation("top", "must be between 1 and " + BonusReports.PREVIEW_MEMBERS_MAX);
        }
        closings.findByCutoff(cutoff).ifPresent(existing -> {
            throw new ApiException(
                    HttpStatus.CONFLICT,
                    "closing_exists",
                    null,
                    "the cut-off has closing " + existing.id() + " (" + existing.status()
                            + "): running it again only resumes or returns it; see its report",
                    Map.of("closingId", existing.id()));
        });
    }

    private static BigDecimal total(List<StatusTally> tallies) {
        return tallies.stream().map(StatusTally::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
