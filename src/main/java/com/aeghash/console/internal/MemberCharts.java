package com.aeghash.console.internal;

import com.aeghash.bonus.BonusEntry;
import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.bonus.BonusOperations;
import com.aeghash.bonus.BonusType;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Statements;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A member's charts over the days the operator picks (7, 30 or 90): the POINT balance (available) at the end of
 * each day, from the ledger's point-in-time balances (one indexed read a day), and the bonus income per day by
 * bonus type from the member's latest {@link #BONUS_ENTRIES_READ} entries (cancelled ones left out).
 */
@Component
class MemberCharts {

    static final int BONUS_ENTRIES_READ = 500;
    private final Statements statements;
    private final BonusOperations bonus;
    private final Clock clock;
    private final ZoneId zone;

    MemberCharts(
            Statements statements,
            BonusOperations bonus,
            Clock clock,
            @Value("${aeghash.console.time-zone:Asia/Seoul}") ZoneId zone) {
        this.statements = statements;
        this.bonus = bonus;
        this.clock = clock;
        this.zone = zone;
    }

    List<Chart> charts(String memberId, int wantedDays) {
        int days = DashboardCharts.DAY_CHOICES.contains(wantedDays) ? wantedDays : 30;
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<LocalDate> dates = IntStream.range(0, days)
                .mapToObj(back -> today.minusDays(days - 1L - back))
                .toList();
        List<String> labels = dates.stream().map(LocalDate::toString).toList();
        Chart.Range range = range(memberId, days);
        return List.of(
                pointBalance(memberId, dates, labels, range), bonusIncome(memberId, dates.get(0), labels, range));
    }

    private Chart pointBalance(String memberId, List<LocalDate> dates, List<String> labels, Chart.Range range) {
        Chart.Builder chart = new Chart.Builder(labels, List.of("POINT available"));
        Instant now = clock.instant();
        for (int index = 0; index < dates.size(); index++) {
            Instant endOfDay = dates.get(index).plusDays(1).atStartOfDay(zone).toInstant();
            Instant at = endOfDay.isAfter(now) ? now : endOfDay;
            BigDecimal available =
                    statements.balancesAt(memberId, at).of(Asset.POINT).available();
            chart.add("POINT available", labels.get(index), available);
        }
        return chart.build("chart-member-point", "POINT balance at the end of each day", "POINT", range);
    }

    private Chart bonusIncome(String memberId, LocalDate first, List<String> labels, Chart.Range range) {
        Chart.Builder chart = new Chart.Builder(
                labels, Arrays.stream(BonusType.values()).map(Enum::name).toList());
        Instant from = first.atStartOfDay(zone).toInstant();
        for (BonusEntry entry : bonus.entriesOfMember(memberId, Long.MAX_VALUE, BONUS_ENTRIES_READ)) {
            if (entry.status() != BonusEntryStatus.CANCELLED
                    && !entry.createdAt().isBefore(from)) {
                chart.add(
                        entry.type().name(),
                        LocalDate.ofInstant(entry.createdAt(), zone).toString(),
                        entry.amount());
            }
        }
        return chart.build("chart-member-bonus", "Bonus income per day by type", "POINT", range);
    }

    private static Chart.Range range(String memberId, int chosen) {
        Map<String, String> links = new LinkedHashMap<>();
        DashboardCharts.DAY_CHOICES.forEach(choice ->
                links.put(choice + " days", "/console/members?memberId=" + memberId + "&chartDays=" + choice));
        return new Chart.Range(chosen + " days", links);
    }
}
