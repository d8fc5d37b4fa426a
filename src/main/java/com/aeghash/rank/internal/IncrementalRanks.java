package com.aeghash.rank.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.organization.MemberPosition;
import com.aeghash.organization.MemberPositions;
import com.aeghash.partner.MemberSales;
import com.aeghash.rank.MemberRankChanged;
import com.aeghash.rank.Rank;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes a member's rank after one of its inputs changed and walks up the referral tree only while ranks
 * change. Concurrency: every step first locks the member's {@code member_ranks} row and only then reads its
 * inputs (its direct referrals' rows, its paid orders), and the walk goes from a member to its referrer, so every
 * transaction takes its row locks deepest first along one chain and two of them cannot deadlock. A transaction
 * that changes a referral's rank always goes on to lock the referrer and recompute it, after any other
 * transaction holding that lock committed: the last one there reads every committed change below it.
 */
@Service
@Transactional
class IncrementalRanks {

    static final String ACTOR = "system:rank";

    /** The audit action of every rank change, incremental or by a full recomputation. */
    static final String CHANGED_ACTION = "rank.changed";

    private final JdbcRankRepository ranks;
    private final RankRules rules;
    private final RankGate gate;
    private final MemberSales sales;
    private final MemberPositions positions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncrementalRanks(
            JdbcRankRepository ranks,
            RankProperties properties,
            RankGate gate,
            MemberSales sales,
            MemberPositions positions,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.ranks = ranks;
        this.rules = new RankRules(properties);
        this.gate = gate;
        this.sales = sales;
        this.positions = positions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A member joined: its row starts FREE and its referrer has one direct referral more. */
    void registered(String memberId, String referrerId, int depth) {
        gate.enterIncremental();
        ranks.insertIfAbsent(memberId, referrerId, depth, clock.instant());
        if (referrerId != null) {
            walkUp(referrerId, RankCause.REFERRAL_REGISTERED, memberId);
        }
    }

    /** The member's own paid sales changed (an order paid or refunded). */
    void ownSalesChanged(String memberId, RankCause cause, String orderReference) {
        gate.enterIncremental();
        walkUp(memberId, cause, orderReference);
    }

    private void walkUp(String startId, RankCause startCause, String startReference) {
        String memberId = startId;
        RankCause cause = startCause;
        String reference = startReference;
        while (memberId != null) {
            Optional<RankRow> locked = lockOrCreate(memberId);
            if (locked.isEmpty()) {
                return;
            }
            RankRow row = locked.get();
            Rank now = recomputed(memberId);
            Rank before = Rank.ofLevel(row.level());
            if (now == before) {
                return;
            }
            record(memberId, before, now, cause, reference);
            reference = memberId;
            cause = RankCause.REFERRAL_RANK_CHANGED;
            memberId = row.referrerId();
        }
    }

    private Rank recomputed(String memberId) {
        long directReferrals = ranks.directReferrals(memberId);
        int kth = ranks.kthReferralLevel(memberId, rules.properties().qualifyingReferrals());
        return rules.rank(directReferrals, sales.paidSalesOf(memberId).totalAmount(), kth);
    }

    /** A member the registration event has not reached yet gets its row from the organization. */
    private Optional<RankRow> lockOrCreate(String memberId) {
        Optional<RankRow> row = ranks.lock(memberId);
        if (row.isPresent()) {
            return row;
        }
        Optional<MemberPosition> position = positions.position(memberId);
        if (position.isEmpty()) {
            return Optional.empty();
        }
        ranks.insertIfAbsent(
                memberId, position.get().referrerId(), position.get().unilevelDepth(), clock.instant());
        return ranks.lock(memberId);
    }

    private void record(String memberId, Rank from, Rank to, RankCause cause, String reference) {
        Instant now = clock.instant();
        ranks.changeRank(memberId, to, now);
        long historyId = ranks.insertHistory(memberId, from, to, cause.name(), reference, now);
        events.publishEvent(new MemberRankChanged(historyId, memberId, from, to, cause.name(), reference, now));
        audit.record(
                ACTOR,
                CHANGED_ACTION,
                memberId,
                Map.of("from", from.name(), "to", to.name(), "cause", cause.name(), "reference", reference));
    }
}
