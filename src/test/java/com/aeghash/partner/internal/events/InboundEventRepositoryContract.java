package com.aeghash.partner.internal.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.partner.internal.authentication.SignatureCheck;
import com.aeghash.partner.internal.authentication.SignatureScheme;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link InboundEventRepository} must do; run on memory, H2 and PostgreSQL. */
abstract class InboundEventRepositoryContract {

    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30.123456Z");
    private InboundEventRepository events;

    abstract InboundEventRepository createRepository();

    @BeforeEach
    void setUp() {
        events = createRepository();
    }

    @Test
    void anEventRoundTripsWithEveryField() {
        InboundEvent event = event(SignatureCheck.VALID_PREVIOUS, 201, NOW);

        long id = events.insert(event);

        InboundEvent found = events.find(id).orElseThrow();
        assertThat(found)
                .usingRecursiveComparison()
                .ignoringFields("id", "receivedAt")
                .isEqualTo(event);
        assertThat(found.receivedAt().truncatedTo(ChronoUnit.MICROS)).isEqualTo(NOW.truncatedTo(ChronoUnit.MICROS));
        assertThat(events.find(id + 1_000_000)).isEmpty();
    }

    @Test
    void onlyFailuresWithAValidSignatureAreListedAsReprocessableUntilFixed() {
        long failed = events.insert(event(SignatureCheck.VALID_CURRENT, 503, NOW));
        long rejected = events.insert(event(SignatureCheck.BAD_SIGNATURE, 401, NOW));
        long succeeded = events.insert(event(SignatureCheck.VALID_CURRENT, 201, NOW));

        assertThat(events.recent(true, 500))
                .extracting(InboundEvent::id)
                .contains(failed)
                .doesNotContain(rejected, succeeded);
        assertThat(events.recent(false, 500)).extracting(InboundEvent::id).contains(failed, rejected, succeeded);
        assertThat(events.recent(false, failed, 500))
                .extracting(InboundEvent::id)
                .doesNotContain(failed, rejected, succeeded);
        assertThat(events.recent(false, 2))
                .hasSize(2)
                .first()
                .extracting(InboundEvent::id)
                .isEqualTo(succeeded);

        events.recordReprocessing(failed, new InboundEvent.Reprocessing(NOW, "admin", 201, null));

        assertThat(events.recent(true, 500)).extracting(InboundEvent::id).doesNotContain(failed);
        InboundEvent fixed = events.find(failed).orElseThrow();
        assertThat(fixed.reprocessing().by()).isEqualTo("admin");
        assertThat(fixed.reprocessing().status()).isEqualTo(201);
        assertThat(fixed.isReprocessable()).isFalse();
    }

    @Test
    void eventsPastTheirRetentionArePurged() {
        Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
        long old = events.insert(event(SignatureCheck.VALID_CURRENT, 201, longAgo));
        long recent = events.insert(event(SignatureCheck.VALID_CURRENT, 201, NOW));

        assertThat(events.purgeReceivedBefore(longAgo.plusSeconds(1), 1000)).isGreaterThanOrEqualTo(1);

        assertThat(events.find(old)).isEmpty();
        assertThat(events.find(recent)).isPresent();
    }

    private static InboundEvent event(SignatureCheck check, int status, Instant receivedAt) {
        return new InboundEvent(
                0,
                receivedAt,
                "shop",
                "shop-key-0001",
                "203.0.113.7",
                "POST",
                "/api/aegmall/v1/orders",
                null,
                "idem-00000001",
                check,
                SignatureScheme.V2,
                "{\"orderId\":\"o-1\"}",
                status,
                status >= 400 ? "some_code" : null,
                false,
                12,
                null);
    }
}
