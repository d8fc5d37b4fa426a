package com.aeghash.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.risk.KnownDevice;
import com.aeghash.risk.RiskEvent;
import com.aeghash.risk.RiskRule;
import com.aeghash.risk.RiskSeverity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the risk repositories must do; run on memory, H2 and PostgreSQL. */
abstract class RiskRepositoriesContract {

    static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private RiskEventRepository events;
    private KnownDeviceRepository devices;

    abstract RiskEventRepository createEvents();

    abstract KnownDeviceRepository createDevices();

    @BeforeEach
    void setUp() {
        events = createEvents();
        devices = createDevices();
    }

    @Test
    void eventsComeBackNewestFirstWithAttributesFilteredAndPaged() {
        RiskEvent first = events.insert(event("m-1", RiskSeverity.REVIEW, "first"));
        events.insert(event("m-2", RiskSeverity.BLOCK, "other member"));
        RiskEvent third = events.insert(event("m-1", RiskSeverity.BLOCK, "third"));

        assertThat(third.id()).isGreaterThan(first.id());
        assertThat(events.find("m-1", null, 0, 10))
                .extracting(RiskEvent::message)
                .containsExactly("third", "first");
        assertThat(events.find(null, RiskSeverity.BLOCK, 0, 10))
                .extracting(RiskEvent::message)
                .containsExactly("third", "other member");
        assertThat(events.find(null, null, 1, 1)).extracting(RiskEvent::message).containsExactly("other member");
        RiskEvent stored = events.find("m-1", RiskSeverity.REVIEW, 0, 10).get(0);
        assertThat(stored)
                .isEqualTo(new RiskEvent(
                        first.id(),
                        "m-1",
                        "withdrawal:1",
                        RiskRule.AMOUNT_LIMIT,
                        RiskSeverity.REVIEW,
                        "first",
                        Map.of("amount", "1200", "limit", "1000"),
                        NOW));
    }

    @Test
    void deviceIsNewOnceAndItsLastSeenTimeOnlyMovesForward() {
        boolean first = devices.recordSighting("m-1", "phone", NOW);
        boolean later = devices.recordSighting("m-1", "phone", NOW.plusSeconds(30));
        boolean earlier = devices.recordSighting("m-1", "phone", NOW.minusSeconds(30));
        boolean otherMember = devices.recordSighting("m-2", "phone", NOW);

        assertThat(first).isTrue();
        assertThat(later).isFalse();
        assertThat(earlier).isFalse();
        assertThat(otherMember).isTrue();
        assertThat(devices.find("m-1", "phone")).contains(new KnownDevice("m-1", "phone", NOW, NOW.plusSeconds(30)));
        assertThat(devices.find("m-1", "tablet")).isEmpty();
    }

    @Test
    void aMembersDevicesAreListedMostRecentlySeenFirst() {
        devices.recordSighting("m-list", "phone", NOW);
        devices.recordSighting("m-list", "laptop", NOW.plusSeconds(10));
        devices.recordSighting("m-list", "tablet", NOW.plusSeconds(5));
        devices.recordSighting("m-list", "phone", NOW.plusSeconds(20));
        devices.recordSighting("m-other", "desktop", NOW.plusSeconds(30));

        assertThat(devices.findByMember("m-list", 10))
                .containsExactly(
                        new KnownDevice("m-list", "phone", NOW, NOW.plusSeconds(20)),
                        new KnownDevice("m-list", "laptop", NOW.plusSeconds(10), NOW.plusSeconds(10)),
                        new KnownDevice("m-list", "tablet", NOW.plusSeconds(5), NOW.plusSeconds(5)));
        assertThat(devices.findByMember("m-list", 2))
                .extracting(KnownDevice::deviceId)
                .containsExactly("phone", "laptop");
        assertThat(devices.findByMember("m-nobody", 10)).isEmpty();
    }

    @Test
    void aMembersDevicesArePagedByFirstSightingNewestFirstWhateverIsSeenMeanwhile() {
        devices.recordSighting("m-page", "phone", NOW);
        devices.recordSighting("m-page", "laptop", NOW.plusSeconds(10));
        devices.recordSighting("m-page", "tablet", NOW.plusSeconds(10));
        devices.recordSighting("m-other-page", "desktop", NOW.plusSeconds(5));

        List<KnownDevice> first = devices.findByMemberBefore("m-page", NOW.plusSeconds(3600), "", 2);
        devices.recordSighting("m-page", "phone", NOW.plusSeconds(20));
        KnownDevice last = first.get(1);
        List<KnownDevice> second = devices.findByMemberBefore("m-page", last.firstSeenAt(), last.deviceId(), 2);

        assertThat(first).extracting(KnownDevice::deviceId).containsExactly("tablet", "laptop");
        assertThat(second).extracting(KnownDevice::deviceId).containsExactly("phone");
    }

    @Test
    void concurrentFirstSightingsOfOneDeviceInsertItOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Callable<Boolean>> sightings = new ArrayList<>();
        for (int index = 0; index < 16; index++) {
            Instant at = NOW.plusSeconds(index);
            sightings.add(() -> devices.recordSighting("m-race", "phone", at));
        }
        List<Boolean> results = new ArrayList<>();
        for (Future<Boolean> result : threads.invokeAll(sightings)) {
            results.add(result.get(30, TimeUnit.SECONDS));
        }
        threads.shutdown();

        assertThat(results).filteredOn(Boolean::booleanValue).hasSize(1);
        assertThat(devices.find("m-race", "phone").orElseThrow().lastSeenAt()).isEqualTo(NOW.plusSeconds(15));
    }

    private static RiskEvent event(String member, RiskSeverity severity, String message) {
        return new RiskEvent(
                0,
                member,
                "withdrawal:1",
                RiskRule.AMOUNT_LIMIT,
                severity,
                message,
                Map.of("amount", "1200", "limit", "1000"),
                NOW);
    }
}
