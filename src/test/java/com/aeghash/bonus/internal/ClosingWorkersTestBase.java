package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.Ledger;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the tests of the closing's workers on PostgreSQL share: {@link #MEMBERS} members seeded by {@link ClosingSeed}
 * in ranges of two, the closing on the workers and listener a test picks (lease {@link #LEASE}), and the checks that
 * every member's sum became available once.
 */
abstract class ClosingWorkersTestBase {

    static final int MEMBERS = 12;
    /** Ranges of two members (4 entries each, a new range after 5 entries). */
    static final int CHUNK_ENTRIES = 5;

    static final Duration LEASE = Duration.ofSeconds(3);

    @Autowired
    BonusClosingService closings;

    @Autowired
    BonusProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Ledger ledger;

    /** Members of their own with pending entries of orders paid 5 days before the cut-off. */
    ClosingSeed seed(Instant cutoff) {
        return ClosingSeed.write(jdbc, ledger, MEMBERS, cutoff.minus(Duration.ofDays(5)));
    }

    /** The configured closing in ranges of {@link #CHUNK_ENTRIES} entries on {@code workers} workers. */
    BonusClosingService service(int workers, ClosingChunkListener listener) {
        return closings.with(
                properties.closing().withChunkEntries(CHUNK_ENTRIES).withWorkers(workers, LEASE),
                Clock.systemUTC(),
                listener);
    }

    long runAt(Instant cutoff) {
        return jdbc.queryForObject(
                "SELECT id FROM bonus_closings WHERE cutoff = ?", Long.class, Timestamp.from(cutoff));
    }

    BigDecimal points(String member, Bucket bucket) {
        return ledger.balancesOf(Asset.POINT, bucket, List.of(member)).getOrDefault(member, BigDecimal.ZERO);
    }

    /** Each seeded member: nothing pending, the sum of their confirmed entries available, by one posting. */
    void assertEachMemberPaidOnce(ClosingSeed seed) {
        for (String member : seed.members()) {
            assertThat(points(member, Bucket.PENDING)).as(member).isEqualByComparingTo("0");
            assertThat(points(member, Bucket.AVAILABLE))
                    .as(member)
                    .isEqualByComparingTo(seed.expectedAvailable().get(member));
            assertThat(jdbc.queryForObject("""
                            SELECT COUNT(*) FROM ledger_postings p JOIN ledger_accounts a ON a.id = p.account_id
                            WHERE a.owner_id = ? AND a.bucket = 'AVAILABLE'""", Long.class, member))
                    .as("one AVAILABLE posting for " + member)
                    .isEqualTo(1);
        }
    }
}
