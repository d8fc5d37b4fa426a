package com.aeghash.partner.internal;

import com.aeghash.common.UnitOfWork;
import com.aeghash.partner.internal.authentication.PartnerNonceRepository;
import com.aeghash.partner.internal.authentication.PartnerRateWindowRepository;
import com.aeghash.partner.internal.events.InboundEventRepository;
import com.aeghash.partner.internal.events.RejectedCallRepository;
import com.aeghash.partner.internal.settings.PartnerProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.function.IntSupplier;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes what the partner API no longer needs, in chunks of {@value #CHUNK_ROWS} rows, each chunk its own
 * transaction: nonces no request can carry any more (older than two timestamp windows), and inbound events and
 * rejected-call counts past their retention, and rate-limit windows older than a minute. (Expired idempotency keys are the idempotency module's to purge.)
 */
@Component
class PartnerHousekeepingJob {

    private static final Logger log = LoggerFactory.getLogger(PartnerHousekeepingJob.class);
    static final int CHUNK_ROWS = 1000;
    /** Bound per run: a backlog larger than this is finished by the next runs. */
    static final int CHUNKS_PER_RUN_MAX = 1000;

    /** Rows deleted by one run. */
    public record PurgeReport(int nonces, int events, int rejectedCalls, int rateWindows) {}

    /** Rate-limit windows are kept this long (a minute) after they start, then purged. */
    static final long RATE_WINDOW_RETENTION_SECONDS = 60;

    private final PartnerNonceRepository nonces;
    private final InboundEventRepository events;
    private final RejectedCallRepository rejectedCalls;
    private final PartnerRateWindowRepository rateWindows;
    private final UnitOfWork unitOfWork;
    private final PartnerProperties properties;
    private final Clock clock;

    PartnerHousekeepingJob(
            PartnerNonceRepository nonces,
            InboundEventRepository events,
            RejectedCallRepository rejectedCalls,
            PartnerRateWindowRepository rateWindows,
            UnitOfWork unitOfWork,
            PartnerProperties properties,
            Clock clock) {
        this.nonces = nonces;
        this.events = events;
        this.rejectedCalls = rejectedCalls;
        this.rateWindows = rateWindows;
        this.unitOfWork = unitOfWork;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${aeghash.partner.purge-interval:10m}",
            initialDelayString = "${aeghash.partner.purge-interval:10m}")
    @SchedulerLock(
            name = "partner-housekeeping",
            lockAtMostFor = "PT30M",
            lockAtLeastFor = "${aeghash.partner.purge-interval:10m}")
    public PurgeReport purgeExpired() {
        return purgeAsOf(clock.instant());
    }

    /** Purges as if the time were {@code now} (tests move it forward instead of waiting a day). */
    public PurgeReport purgeAsOf(Instant now) {
        Instant eventCutoff = now.minus(properties.eventRetention());
        PurgeReport report = new PurgeReport(
                inChunks(() -> nonces.purgeSeenBefore(now.minus(properties.nonceRetention()), CHUNK_ROWS)),
                inChunks(() -> events.purgeReceivedBefore(eventCutoff, CHUNK_ROWS)),
                inChunks(() -> rejectedCalls.purgeLastCallBefore(eventCutoff, CHUNK_ROWS)),
                inChunks(() ->
                        rateWindows.purgeBefore(now.getEpochSecond() - RATE_WINDOW_RETENTION_SECONDS, CHUNK_ROWS)));
        if (report.nonces() + report.events() + report.rejectedCalls() + report.rateWindows() > 0) {
            log.info("partner housekeeping: {}", report);
        }
        return report;
    }

    private int inChunks(IntSupplier chunk) {
        int total = 0;
        for (int round = 0; round < CHUNKS_PER_RUN_MAX; round++) {
            int deleted = unitOfWork.inNewTransaction(chunk::getAsInt);
            total += deleted;
            if (deleted < CHUNK_ROWS) {
                break;
            }
        }
        return total;
    }
}
