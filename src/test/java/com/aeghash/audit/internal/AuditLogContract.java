package com.aeghash.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.audit.AuditEntry;
import com.aeghash.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} must do; run on memory, H2 and PostgreSQL. */
abstract class AuditLogContract {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);
    private AuditLog auditLog;

    abstract AuditLog createAuditLog();

    @BeforeEach
    void setUp() {
        auditLog = createAuditLog();
    }

    @Test
    void recordAllAppendsOneEntryPerTargetBeyondOneBatch() {
        int count = JdbcAuditLog.BATCH_ROWS + 1;
        List<AuditLog.Target> targets = IntStream.range(0, count)
                .mapToObj(index -> new AuditLog.Target("M" + index, Map.of("to", "D" + (index % 6))))
                .toList();

        auditLog.recordAll("rank-recomputation", "rank.changed", targets);
        auditLog.recordAll("rank-recomputation", "rank.changed", List.of());

        List<AuditEntry> entries = new ArrayList<>();
        List<AuditEntry> page = auditLog.recent("rank.changed", JdbcAuditLog.LIMIT_MAX);
        while (!page.isEmpty()) {
            entries.addAll(page);
            page = auditLog.recent("rank.changed", page.get(page.size() - 1).id(), JdbcAuditLog.LIMIT_MAX);
        }
        assertThat(entries).hasSize(count);
        assertThat(entries.get(0).target()).isEqualTo("M" + (count - 1));
        assertThat(entries.get(0).details()).containsEntry("to", "D" + ((count - 1) % 6));
        assertThat(entries.get(count - 1).target()).isEqualTo("M0");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("rank-recomputation");
            assertThat(entry.occurredAt()).isEqualTo(CLOCK.instant());
        });
    }

    @Test
    void recordedEntriesComeBackNewestFirstWithDetails() {
        auditLog.record("admin", "operator.created", "ops1", Map.of("roles", "[OPERATIONS]"));
        auditLog.record("system", "secret.loaded", "MBLOCK_API_KEY", Map.of("fingerprint", "sha256:0011aabb"));

        var entries = auditLog.recent(null, 10);

        assertThat(entries).extracting(AuditEntry::action).containsExactly("secret.loaded", "operator.created");
        assertThat(entries.get(1).details()).containsEntry("roles", "[OPERATIONS]");
        assertThat(entries.get(1).actor()).isEqualTo("admin");
        assertThat(entries.get(1).occurredAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void filtersByActionAndCapsTheLimit() {
        for (int index = 0; index < 3; index++) {
            auditLog.record("admin", index % 2 == 0 ? "a" : "b", "t" + index, Map.of());
        }

        assertThat(auditLog.recent("a", 10)).extracting(AuditEntry::target).containsExactly("t2", "t0");
        assertThat(auditLog.recent(null, 1)).hasSize(1);
        assertThat(auditLog.recent(null, 0)).hasSize(1);
    }

    @Test
    void readsAPageBelowAnIdSoPagesFollowEachOther() {
        for (int index = 0; index < 5; index++) {
            auditLog.record("admin", "paged", "t" + index, Map.of());
        }
        var first = auditLog.recent("paged", Long.MAX_VALUE, 2);
        var second = auditLog.recent("paged", first.get(1).id(), 2);
        var last = auditLog.recent("paged", second.get(1).id(), 2);

        assertThat(first).extracting(AuditEntry::target).containsExactly("t4", "t3");
        assertThat(second).extracting(AuditEntry::target).containsExactly("t2", "t1");
        assertThat(last).extracting(AuditEntry::target).containsExactly("t0");
    }
}
