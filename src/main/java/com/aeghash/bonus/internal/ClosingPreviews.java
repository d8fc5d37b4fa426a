package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusRanks;
import com.aeghash.bonus.BonusReports;
import com.aeghash.bonus.BonusType;
import com.aeghash.bonus.ClosingPreview;
import com.aeghash.bonus.StatusTally;
import com.aeghash.common.ApiException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Previews a closing: the cut-off checked as the closing checks it, the same threshold ({@link ClosingSchedule}) and
 * the same selection ({@link JdbcClosingPreviews}), read in one read-only snapshot so the totals, the types and the
 * members agree, and the global share the closing would then pay (the same pooling, qualifiers and split as
 * {@link GlobalSharePhase}). Writes nothing: no closing row, no audit entry, no lock.
 */
@Service
class ClosingPreviews {

    private final JdbcClosingPreviews previews;
    private final ClosingRepository closings;
    private final JdbcGlobalShareRepository shares;
    private final BonusRanks ranks;
    private final BonusProperties.Closing settings;
    private final BonusProperties.GlobalShare globalShare;
    private final Clock clock;

    ClosingPreviews(
            JdbcClosingPreviews previews,
            ClosingRepository closings,
            JdbcGlobalShareRepository shares,
            BonusRanks ranks,
            BonusProperties properties,
            Clock clock) {
        this.previews = previews;
        this.closings = closings;
        this.shares = shares;
        this.ranks = ranks;
        this.settings = properties.closing();
        this.globalShare = properties.globalShare();
        this.clock = clock;
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
        return new ClosingPreview(
                cutoff,
                paidBefore,
                StatusTally.sum(byType.values()),
                previews.members(paidBefore),
                byType.entrySet().stream()
                        .map(type -> new ClosingPreview.BonusTypeTally(type.getKey(), type.getValue()))
                        .toList(),
                members,
                globalShareOf(cutoff, paidBefore));
    }

    /** What {@link GlobalSharePhase} would pool and pay if the closing started its global share now. */
    private ClosingPreview.GlobalShare globalShareOf(Instant cutoff, Instant paidBefore) {
        JdbcGlobalShareRepository.PooledOrders pooled = shares.wouldPool(paidBefore);
        long qualifiers = ranks.membersAtLeast(globalShare.minRank(), cutoff).size();
        GlobalShareSplit split = GlobalShareSplit.of(pooled.pvAmount(), globalShare.percentage(), qualifiers);
        return new ClosingPreview.GlobalShare(
                pooled.orders(),
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
