package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusClawback;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Clawbacks of refunded orders' confirmed entries, and the debt recoveries of closings (reads). */
interface ClawbackRepository {

    /**
     * Takes the closings' lock (the row every closing chunk locks first) until the transaction ends: a refund and a
     * chunk never interleave.
     */
    void lockAgainstClosings();

    /** The order's CONFIRMED entries, by id. */
    List<ConfirmedEntry> confirmedEntriesOf(String orderReference);

    /** Moves the entries that are still CONFIRMED to CLAWED_BACK; returns how many moved. */
    int markClawedBack(List<Long> entryIds, Instant at);

    /** Stores one row per clawed-back entry. */
    void insertClawbacks(List<BonusClawback> clawbacks);

    List<BonusClawback> clawbacksOfOrder(String orderReference);

    /** The sum the closing's chunks recovered; zero when nothing. */
    BigDecimal recoveredIn(long closingId);
}
