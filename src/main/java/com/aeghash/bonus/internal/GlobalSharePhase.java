package com.aeghash.bonus.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.bonus.BonusRanks;
import com.aeghash.bonus.BonusesClosed;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.BulkPosting;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.SystemAccount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The global share of a closing, after its entries, in committed steps like the chunks (resumable, each step's
 * progress in its transaction):
 * <ol>
 *   <li>start: the period's orders are pooled ({@link JdbcGlobalShareRepository#poolOrders}), the qualifiers at the
 *       cut-off read set-based ({@link BonusRanks#membersAtLeast}) and fixed in {@code bonus_global_share_members},
 *       the split ({@link GlobalShareSplit}) stored;</li>
 *   <li>one chunk of up to {@code chunk-members} qualifiers per step, by member id: their entries created
 *       {@code CONFIRMED}, one ledger entry {@code bonus-global-share:<closing>:<chunk>} from {@code BONUS_EXPENSE}
 *       to their AVAILABLE POINT, {@link BonusesClosed} events, the keyset saved; a qualifier's share first repays their bonus debt
 *       ({@link MemberDebtLookup}, recorded in {@code bonus_debt_recoveries} under the step's closing chunk number,
 *       after the entry chunks'), like any other confirmation;</li>
 *   <li>complete: the qualifiers' rows deleted, the run checked (every qualifier paid once) and audited.</li>
 * </ol>
 * The remainder and a pool without qualifiers are never posted: they stay in {@code BONUS_EXPENSE}.
 */
@Component
class GlobalSharePhase implements GlobalShareStep {

    private final JdbcGlobalShareRepository shares;
    private final BonusRanks ranks;
    private final BulkPosting postings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final BonusProperties.GlobalShare settings;
    private final ClosingRepository closings;
    private final MemberDebtLookup debts;

    /** Each step's ledger entry posted set-based inside the database (every qualifier in one line of it). */
    GlobalSharePhase(
            JdbcGlobalShareRepository shares,
            ClosingRepository closings,
            BonusRanks ranks,
            Ledger ledger,
            BulkPosting postings,
            AuditLog audit,
            ApplicationEventPublisher events,
            BonusProperties properties) {
        this.shares = shares;
        this.closings = closings;
        this.debts = new MemberDebtLookup(ledger);
        this.ranks = ranks;
        this.postings = postings;
        this.audit = audit;
        this.events = events;
        this.settings = properties.globalShare();
    }

    @Override
    public boolean started(long closingId) {
        return shares.find(closingId).isPresent();
    }

    @Override
    public boolean advance(ClosingRun closing, Instant now) {
        GlobalShareRun run = shares.find(closing.id()).orElse(null);
        if (run == null) {
            return start(closing, now).status() == ClosingStatus.COMPLETED;
        }
        if (run.status() == ClosingStatus.COMPLETED) {
            return true;
        }
        List<String> members = shares.membersAfter(run.closingId(), run.lastMemberId(), settings.chunkMembers());
        if (members.isEmpty()) {
            complete(closing, run.completed(now));
            return true;
        }
        pay(closing, run, members, now);
        return false;
    }

    private GlobalShareRun start(ClosingRun closing, Instant now) {
        JdbcGlobalShareRepository.PooledOrders pooled = shares.poolOrders(closing.id(), closing.paidBefore());
        List<String> qualifiers = ranks.membersAtLeast(settings.minRank(), closing.cutoff());
        GlobalShareSplit split = GlobalShareSplit.of(pooled.pvAmount(), settings.percentage(), qualifiers.size());
        GlobalShareRun run = GlobalShareRun.started(closing.id(), settings.minRank(), pooled.orders(), split, now);
        shares.insert(run);
        if (split.pays()) {
            shares.insertMembers(closing.id(), qualifiers);
        } else {
            auditCompletion(closing, run);
        }
        return run;
    }

    private void pay(ClosingRun closing, GlobalShareRun run, List<String> members, Instant now) {
        int chunk = run.chunks() + 1;
        // numbered after the closing's entry chunks, which are all done: (closing, chunk, member) stays unique
        int closingChunk = closing.chunks() + chunk;
        BigDecimal share = run.split().share();
        Map<String, BigDecimal> confirmed = new LinkedHashMap<>();
        members.forEach(member -> confirmed.put(member, share));
        DebtRecovery recovery = debts.recoveryFor(confirmed);
        shares.insertEntries(run, members, now);
        postings.postAll(List.of(ledgerEntry(run, members, chunk, recovery)));
        closings.recordDebtRecoveries(run.closingId(), closingChunk, recovery, now);
        shares.saveProgress(run.afterChunk(members.size(), members.get(members.size() - 1)));
        List<BonusesClosed.MemberBonuses> sums = members.stream()
                .map(member -> new BonusesClosed.MemberBonuses(member, share, BigDecimal.ZERO))
                .toList();
        for (int from = 0; from < sums.size(); from += BonusesClosed.MEMBERS_MAX) {
            events.publishEvent(new BonusesClosed(
                    closing.id(),
                    closingChunk,
                    now,
                    sums.subList(from, Math.min(sums.size(), from + BonusesClosed.MEMBERS_MAX))));
        }
    }

    /**
     * Up to {@code chunk-members} (at most 2,000) members: one entry, well within the ledger's lines per entry. Each
     * share first repays what {@code recovery} says of the member's bonus debt, like a closing chunk's confirmations
     * ({@link ClosingChunk#ledgerEntries(long, int, DebtRecovery)}): that part never leaves the company (so {@code
     * BONUS_EXPENSE} pays only the rest) and settles the member's {@code BONUS_DEBT} against {@code
     * BONUS_RECEIVABLE}; the rest goes to AVAILABLE.
     */
    private static EntryRequest ledgerEntry(
            GlobalShareRun run, List<String> members, int chunk, DebtRecovery recovery) {
        EntryRequest.Builder entry = EntryRequest.builder(
                "bonus-global-share:" + run.closingId() + ":" + chunk,
                "global share of closing " + run.closingId() + " chunk " + chunk);
        BigDecimal share = run.split().share();
        for (String member : members) {
            BigDecimal repaid = recovery.of(member);
            if (share.subtract(repaid).signum() > 0) {
                entry.add(AccountRef.member(member, Asset.POINT, Bucket.AVAILABLE), share.subtract(repaid));
            }
            if (repaid.signum() > 0) {
                entry.add(AccountRef.member(member, Asset.POINT, Bucket.BONUS_DEBT), repaid.negate());
            }
        }
        BigDecimal paidOut = share.multiply(BigDecimal.valueOf(members.size())).subtract(recovery.total());
        if (paidOut.signum() > 0) {
            entry.add(AccountRef.system(SystemAccount.BONUS_EXPENSE, Asset.POINT), paidOut.negate());
        }
        if (!recovery.isEmpty()) {
            entry.add(AccountRef.system(SystemAccount.BONUS_RECEIVABLE, Asset.POINT), recovery.total());
        }
        return entry.build();
    }

    private void complete(ClosingRun closing, GlobalShareRun run) {
        shares.deleteMembers(run.closingId());
        shares.saveProgress(run);
        auditCompletion(closing, run);
    }

    private void auditCompletion(ClosingRun closing, GlobalShareRun run) {
        GlobalShareSplit split = run.split();
        audit.record(
                closing.startedBy(),
                "bonus.global_share.completed",
                "closing:" + run.closingId(),
                Map.of(
                        "orders", Long.toString(run.orders()),
                        "pv", split.pvAmount().toPlainString(),
                        "pool", split.pool().toPlainString(),
                        "qualifiers", Long.toString(split.qualifiers()),
                        "share", split.share().toPlainString(),
                        "remainder", split.remainder().toPlainString(),
                        "paid", run.paidAmount().toPlainString()));
    }
}
