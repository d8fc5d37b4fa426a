package com.aeghash.partner.internal.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.Secret;
import com.aeghash.partner.internal.settings.IpRange;
import com.aeghash.partner.internal.settings.PartnerSettings;
import com.aeghash.partner.internal.settings.PartnerSettings.PartnerLimits;
import com.aeghash.testsupport.Concurrently;
import com.aeghash.testsupport.MutableClock;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Permits in blocks above 200 calls per second: the limit across instances stays exact. */
class PartnerRateLimitersTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void belowTwoHundredCallsPerSecondEveryPermitIsTakenFromTheDatabaseAlone() {
        assertThat(PartnerRateLimiters.blockOf(1)).isEqualTo(1);
        assertThat(PartnerRateLimiters.blockOf(199)).isEqualTo(1);
        assertThat(PartnerRateLimiters.blockOf(1000)).isEqualTo(10);
        assertThat(PartnerRateLimiters.blockOf(1_000_000)).isEqualTo(PartnerRateLimiters.BLOCK_MAX);
    }

    @Test
    void twoInstancesAcceptNoMoreThanTheLimitTogetherAndOneStatementServesABlock() {
        CountingWindows windows = new CountingWindows();
        MutableClock clock = new MutableClock(NOW);
        PartnerRateLimiters first = new PartnerRateLimiters(windows, clock);
        PartnerRateLimiters second = new PartnerRateLimiters(windows, clock);
        PartnerSettings partner = partner(1000);

        int accepted = 0;
        for (int call = 0; call < 1500; call++) {
            if ((call % 3 == 0 ? second : first).tryAcquire(partner)) {
                accepted++;
            }
        }

        assertThat(accepted).isEqualTo(1000);
        assertThat(windows.taken("shop", NOW.getEpochSecond())).isEqualTo(1000);
        assertThat(windows.grantedBlocks.get())
                .as("1000 permits in blocks of 10")
                .isEqualTo(100);

        clock.set(NOW.plusSeconds(1));
        assertThat(first.tryAcquire(partner)).as("the next window").isTrue();
    }

    @Test
    void concurrentCallersOfOneInstanceAcceptExactlyTheLimit() throws Exception {
        PartnerRateLimiters limiters =
                new PartnerRateLimiters(new InMemoryPartnerRateWindowRepository(), Clock.fixed(NOW, ZoneOffset.UTC));
        PartnerSettings partner = partner(450);

        List<Integer> accepted = Concurrently.run(8, thread -> {
            int mine = 0;
            for (int call = 0; call < 100; call++) {
                mine += limiters.tryAcquire(partner) ? 1 : 0;
            }
            return mine;
        });

        assertThat(accepted.stream().mapToInt(Integer::intValue).sum()).isEqualTo(450);
    }

    private static PartnerSettings partner(int requestsPerSecond) {
        return new PartnerSettings(
                "shop",
                "AEGMALL_SHOP",
                "key-0001",
                Secret.of("shop-secret-0123456789abcdef-0123456789"),
                Secret.ofNullable(null),
                List.of(IpRange.parse("127.0.0.1/32")),
                false,
                null,
                null,
                new PartnerLimits(requestsPerSecond, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN));
    }

    /** The in-memory windows, counting the grants (one statement each on the database). */
    private static final class CountingWindows extends InMemoryPartnerRateWindowRepository {

        final AtomicInteger grantedBlocks = new AtomicInteger();

        @Override
        public synchronized int takeBlock(String partnerId, long windowStart, int limit, int wanted) {
            int taken = super.takeBlock(partnerId, windowStart, limit, wanted);
            if (taken > 0) {
                grantedBlocks.incrementAndGet();
            }
            return taken;
        }
    }
}
