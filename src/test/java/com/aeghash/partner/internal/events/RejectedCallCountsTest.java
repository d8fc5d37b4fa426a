package com.aeghash.partner.internal.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.aeghash.common.UnitOfWork;
import com.aeghash.partner.internal.authentication.SignatureCheck;
import com.aeghash.testsupport.Concurrently;
import com.aeghash.testsupport.MutableClock;
import com.aeghash.testsupport.NoTransactions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Counting refused calls in memory and writing the counts, without Spring. */
class RejectedCallCountsTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
    private final MutableClock clock = new MutableClock(START);
    private final InMemoryRejectedCallRepository repository = new InMemoryRejectedCallRepository();
    private final RejectedCallCounts counts =
            new RejectedCallCounts(repository, new UnitOfWork(new NoTransactions()), clock);

    @Test
    void aFloodBecomesOneRowPerReasonPartnerAndStatus() {
        for (int call = 0; call < 10_000; call++) {
            counts.count(SignatureCheck.UNKNOWN_KEY, null, 401, "198.51.100." + call % 3);
        }
        clock.advance(Duration.ofSeconds(30));
        counts.count(SignatureCheck.BAD_SIGNATURE, "shop", 429, "198.51.100.7");

        assertThat(counts.flush()).isEqualTo(2);

        assertThat(repository.recent(10))
                .extracting(RejectedCalls::signatureCheck, RejectedCalls::partnerId, RejectedCalls::calls)
                .containsExactlyInAnyOrder(
                        tuple(SignatureCheck.UNKNOWN_KEY, null, 10_000L),
                        tuple(SignatureCheck.BAD_SIGNATURE, "shop", 1L));
        RejectedCalls unknown = repository.recent(10).stream()
                .filter(row -> row.signatureCheck() == SignatureCheck.UNKNOWN_KEY)
                .findFirst()
                .orElseThrow();
        assertThat(unknown.addresses()).isEqualTo(3);
        assertThat(unknown.busiestAddress()).isEqualTo("198.51.100.0");
        assertThat(unknown.busiestAddressCalls()).isEqualTo(3334);
        assertThat(unknown.firstCallAt()).isEqualTo(START);
        assertThat(counts.flush()).isZero();
    }

    @Test
    void distinctAddressesAreToldApartUpToTheirBound() {
        for (int call = 0; call < RejectedCallCounts.ADDRESSES_MAX + 500; call++) {
            counts.count(SignatureCheck.UNKNOWN_KEY, null, 401, "10.0." + call / 256 + "." + call % 256);
        }

        counts.flush();

        RejectedCalls row = repository.recent(1).get(0);
        assertThat(row.calls()).isEqualTo(RejectedCallCounts.ADDRESSES_MAX + 500L);
        assertThat(row.addresses()).isEqualTo(RejectedCallCounts.ADDRESSES_MAX);
    }

    @Test
    void countsWhoseWriteFailedAreWrittenByTheNextFlush() {
        counts.count(SignatureCheck.UNKNOWN_KEY, null, 401, "198.51.100.1");
        repository.failNextInsert();

        assertThat(counts.flush()).isZero();
        counts.count(SignatureCheck.UNKNOWN_KEY, null, 401, "198.51.100.2");
        assertThat(counts.flush()).isEqualTo(1);

        RejectedCalls row = repository.recent(1).get(0);
        assertThat(row.calls()).isEqualTo(2);
        assertThat(row.addresses()).isEqualTo(2);
    }

    @Test
    void countsRacingAFlushAreNeitherLostNorCountedTwice() throws Exception {
        Concurrently.run(4, thread -> {
            int rows = 0;
            for (int call = 0; call < 5_000; call++) {
                counts.count(SignatureCheck.UNKNOWN_KEY, null, 401, "198.51.100." + thread);
                if (thread == 0 && call % 500 == 0) {
                    rows += counts.flush();
                }
            }
            return rows;
        });
        counts.flush();

        assertThat(repository.recent(500).stream()
                        .mapToLong(RejectedCalls::calls)
                        .sum())
                .isEqualTo(20_000);
        assertThat(repository.recent(500))
                .allSatisfy(row -> assertThat(row.lastCallAt()).isAfterOrEqualTo(row.firstCallAt()));
    }
}
