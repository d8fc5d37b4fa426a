package com.aeghash.partner.internal.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.Concurrently;
import com.aeghash.testsupport.TestIds;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PartnerRateWindowRepository} must do; run on memory, H2 and PostgreSQL. */
abstract class PartnerRateWindowRepositoryContract {

    private static final long WINDOW = 1_795_000_000L;
    private PartnerRateWindowRepository windows;

    abstract PartnerRateWindowRepository createRepository();

    @BeforeEach
    void setUp() {
        windows = createRepository();
    }

    @Test
    void aWindowGivesExactlyItsLimitOfPermitsPerPartner() {
        String partner = TestIds.unique("p");
        String other = TestIds.unique("p");

        assertThat(windows.take(partner, WINDOW, 2)).isTrue();
        assertThat(windows.take(partner, WINDOW, 2)).isTrue();
        assertThat(windows.take(partner, WINDOW, 2)).isFalse();
        assertThat(windows.take(other, WINDOW, 2)).as("another partner").isTrue();
        assertThat(windows.take(partner, WINDOW + 1, 2)).as("the next window").isTrue();
    }

    @Test
    void aLimitOfZeroGivesNothing() {
        assertThat(windows.take(TestIds.unique("p"), WINDOW, 0)).isFalse();
    }

    @Test
    void concurrentCallersTakeNoMoreThanTheLimit() throws Exception {
        String partner = TestIds.unique("p");

        List<Boolean> taken = Concurrently.run(8, thread -> windows.take(partner, WINDOW, 5));

        assertThat(taken).filteredOn(permit -> permit).hasSize(5);
    }

    @Test
    void aBlockIsTakenWholeWhileItFitsThenOnePermitAtATimeUpToTheLimit() {
        String partner = TestIds.unique("p");

        assertThat(windows.takeBlock(partner, WINDOW, 7, 3))
                .as("opens the window")
                .isEqualTo(3);
        assertThat(windows.takeBlock(partner, WINDOW, 7, 3)).isEqualTo(3);
        assertThat(windows.takeBlock(partner, WINDOW, 7, 3))
                .as("one left: taken alone")
                .isEqualTo(1);
        assertThat(windows.takeBlock(partner, WINDOW, 7, 3)).as("full").isZero();
        assertThat(windows.take(partner, WINDOW, 7)).isFalse();
        assertThat(windows.takeBlock(partner, WINDOW + 1, 2, 3))
                .as("a block above the limit: one permit")
                .isEqualTo(1);
    }

    @Test
    void concurrentBlocksTakeNoMoreThanTheLimit() throws Exception {
        String partner = TestIds.unique("p");

        List<Integer> taken = Concurrently.run(8, thread -> windows.takeBlock(partner, WINDOW, 10, 3));

        assertThat(taken.stream().mapToInt(Integer::intValue).sum()).isEqualTo(10);
        assertThat(windows.take(partner, WINDOW, 10)).isFalse();
    }

    @Test
    void purgeDeletesWindowsBeforeTheCutoffOnly() {
        String partner = TestIds.unique("p");
        windows.take(partner, 10, 1);
        windows.take(partner, 20, 1);

        windows.purgeBefore(15, 100_000);

        assertThat(windows.take(partner, 10, 1))
                .as("window 10 purged: it counts afresh")
                .isTrue();
        assertThat(windows.take(partner, 20, 1))
                .as("window 20 kept: still full")
                .isFalse();
    }
}
