package com.aeghash.ledger.internal;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.JournalEntry;
import com.aeghash.ledger.PostingLine;
import com.aeghash.ledger.ReferenceConflictException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Decides whether a re-posted reference is the same entry (a replay) or a different one (a conflict). */
final class ReplayCheck {

    private ReplayCheck() {}

    static void requireSameLines(JournalEntry previous, EntryRequest request) {
        if (!netByAccount(previous.lines()).equals(netByAccount(request.lines()))) {
            throw new ReferenceConflictException(request.reference());
        }
    }

    static JournalEntry replayOf(JournalEntry previous) {
        return new JournalEntry(
                previous.id(),
                previous.reference(),
                previous.description(),
                previous.createdAt(),
                previous.lines(),
                true);
    }

    private static Map<AccountRef, BigDecimal> netByAccount(List<PostingLine> lines) {
        Map<AccountRef, BigDecimal> net = new HashMap<>();
        lines.forEach(line -> net.merge(line.account(), line.amount(), BigDecimal::add));
        net.replaceAll((account, amount) -> amount.stripTrailingZeros());
        return net;
    }
}
