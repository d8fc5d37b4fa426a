package com.aeghash.mining.support;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.ledger.internal.BackdatedLedgers;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hash power held on a past day in the application's database, as the ledger would have dated it: issued an hour
 * before the day starts and taken back an hour after it ends, so runs of other dates never see the member.
 */
public final class HashPowerHistory {

    private HashPowerHistory() {}

    public static void heldAllDay(JdbcTemplate jdbc, String memberId, BigDecimal hashPower, LocalDate date) {
        Instant start = date.atStartOfDay(ZoneOffset.UTC).toInstant();
        post(jdbc, start.minus(Duration.ofHours(1)), memberId, hashPower, "in:" + date);
        post(jdbc, start.plus(Duration.ofHours(25)), memberId, hashPower.negate(), "out:" + date);
    }

    /** Posts {@code delta} MH/s to the member at {@code at}. */
    public static void post(JdbcTemplate jdbc, Instant at, String memberId, BigDecimal delta, String label) {
        AccountRef member = AccountRef.member(memberId, Asset.HASHPOWER, Bucket.AVAILABLE);
        AccountRef issuance = AccountRef.system(SystemAccount.HASHPOWER_ISSUANCE, Asset.HASHPOWER);
        EntryRequest.Builder entry = EntryRequest.builder("test-hash-power:" + memberId + ":" + label, "test");
        BackdatedLedgers.postingAt(jdbc, at)
                .post(
                        delta.signum() > 0
                                ? entry.move(issuance, member, delta).build()
                                : entry.move(member, issuance, delta.negate()).build());
    }
}
