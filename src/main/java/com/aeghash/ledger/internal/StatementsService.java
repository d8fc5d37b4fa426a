package com.aeghash.ledger.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.TimeInputs;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.MemberBalances;
import com.aeghash.ledger.PostingKind;
import com.aeghash.ledger.StatementLine;
import com.aeghash.ledger.StatementPage;
import com.aeghash.ledger.StatementQuery;
import com.aeghash.ledger.Statements;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Statements and balances at a time, read from the postings' history (see {@link PostingHistory}). */
@Service
@Transactional(readOnly = true)
class StatementsService implements Statements {

    /** Before and after every instant the API accepts: the bounds of an open range. */
    static final Instant EARLIEST = TimeInputs.EARLIEST_INSTANT;

    static final Instant LATEST = TimeInputs.END_OF_LATEST_DATE;

    private final StatementRepository repository;
    private final Clock clock;

    StatementsService(StatementRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public StatementPage statement(StatementQuery query) {
        int limit = limitOf(query.limit());
        StatementCursor after = query.cursor() == null ? null : StatementCursor.parse(query.cursor());
        Map<Long, AccountRef> accounts = repository.memberAccounts(query.memberId(), query.asset(), query.bucket());
        List<StatementRepository.Row> rows = repository.postings(accounts, from(query), to(query), after, limit + 1);
        List<StatementLine> lines =
                rows.stream().limit(limit).map(StatementsService::lineOf).toList();
        String next = rows.size() > limit ? rows.get(limit - 1).cursor().encode() : null;
        return new StatementPage(query.memberId(), lines, next);
    }

    @Override
    public long countUpTo(StatementQuery query, long max) {
        Map<Long, AccountRef> accounts = repository.memberAccounts(query.memberId(), query.asset(), query.bucket());
        return repository.countUpTo(accounts.keySet(), from(query), to(query), max + 1);
    }

    @Override
    public MemberBalances balancesAt(String memberId, Instant at) {
        if (at.isAfter(clock.instant())) {
            throw ApiException.validation("at", "must not be in the future");
        }
        return LedgerService.balancesOf(memberId, repository.balancesAt(memberId, at));
    }

    private static int limitOf(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > LIMIT_MAX) {
            throw ApiException.validation("limit", "must be 1-" + LIMIT_MAX);
        }
        return limit;
    }

    private static Instant from(StatementQuery query) {
        Instant from = query.from() == null ? EARLIEST : query.from();
        if (query.to() != null && !from.isBefore(query.to())) {
            throw ApiException.validation("from", "must be before to");
        }
        return from;
    }

    private static Instant to(StatementQuery query) {
        return query.to() == null ? LATEST : query.to();
    }

    private static StatementLine lineOf(StatementRepository.Row row) {
        return new StatementLine(
                row.entryId(),
                row.reference(),
                PostingKind.of(row.reference()),
                row.description(),
                row.account().asset(),
                row.account().bucket(),
                row.amount(),
                row.balanceAfter(),
                row.postedAt());
    }
}
