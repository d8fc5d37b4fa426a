package com.aeghash.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The backoff of failed deliveries: doubling from 30 s, at most an hour apart, none after three days. */
class RetryScheduleTest {

    final RetrySchedule schedule = new RetrySchedule(WebhookRig.PROPERTIES);
    final Instant recorded = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void delaysDoubleFromTheFirstUntilTheCap() {
        assertThat(schedule.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(schedule.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(schedule.delayAfter(7)).isEqualTo(Duration.ofSeconds(1920));
        assertThat(schedule.delayAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(schedule.delayAfter(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theLastAttemptIsAtTheGiveUpTimeAndNoneAfterIt() {
        Instant giveUpAt = recorded.plus(Duration.ofDays(3));

        assertThat(schedule.nextAttempt(recorded, 60, giveUpAt.minusSeconds(10)))
                .contains(giveUpAt);
        assertThat(schedule.nextAttempt(recorded, 61, giveUpAt)).isEmpty();
        assertThat(schedule.nextAttempt(recorded, 1, recorded)).contains(recorded.plusSeconds(30));
    }
}
