package com.aeghash.console.internal;

import com.aeghash.bonus.BonusClosing;
import com.aeghash.bonus.BonusOperations;
import com.aeghash.bonus.BonusReports;
import com.aeghash.bonus.ClosingTypeTotal;
import com.aeghash.mining.EtlRun;
import com.aeghash.mining.Mining;
import com.aeghash.partner.PartnerHourTotal;
import com.aeghash.partner.PartnerStatistics;
import com.aeghash.withdrawal.WithdrawalDayTotal;
import com.aeghash.withdrawal.WithdrawalStatistics;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dashboard's charts, each over a range the operator picks: withdrawals per day by final state, the amount paid
 * out per asset per day, mining credits per coin per ETL day, bonus confirmed and cancelled per closing, bonus paid
 * per closing by bonus type, and partner orders per hour. Each is a bounded read of a module's public API.
 */
@Component
class DashboardCharts {

    static final List<Integer> DAY_CHOICES = List.of(7, 30, 90);
    static final List<Integer> CLOSING_CHOICES = List.of(10, 30, 90);
    static final List<Integer> HOUR_CHOICES = List.of(24, 72, 168);
    private static final Set<String> FINAL = Set.of("completed", "failed", "rejected", "cancelled");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private final WithdrawalStatistics withdrawals;
    private final Mining mining;
    private final BonusOperations bonus;
    private final BonusReports bonusReports;
    private final PartnerStatistics partners;
    private final Clock clock;
    private final ZoneId zone;

    DashboardCharts(
            WithdrawalStatistics withdrawals,
            Mining mining,
            BonusOperations bonus,
            BonusReports bonusReports,
            PartnerStatistics partners,
            Clock clock,
            @Value("${aeghash.console.time-zone:Asia/Seoul}") ZoneId zone) {
        this.withdrawals = withdrawals;
        this.mining = mining;
        this.bonus = bonus;
        this.bonusReports = bonusReports;
        this.partners = partners;
        this.clock = clock;
        this.zone = zone;
    }

    List<Chart> charts(int withdrawalDays, int miningDays, int closings, int partnerHours) {
        int days = choice(withdrawalDays, DAY_CHOICES);
        List<String> dayLabels = lastDays(days);
        List<WithdrawalDayTotal> totals = withdrawalTotals(days);
        int closingCount = choice(closings, CLOSING_CHOICES);
        List<BonusClosing> recentClosings = recentClosings(closingCount);
        Chart.Range closingRange = range("closings", closingCount, CLOSING_CHOICES, " closings");
        return List.of(
                withdrawalsByState(dayLabels, totals, range("withdrawalDays", days, DAY_CHOICES, " days")),
                payoutsByAsset(dayLabels, totals, range("withdrawalDays", days, DAY_CHOICES, " days")),
                miningCredits(choice(miningDays, DAY_CHOICES)),
                bonusPerClosing(recentClosings, closingRange),
                bonusPaidByType(recentClosings, closingRange),
                partnerOrdersPerHour(choice(partnerHours, HOUR_CHOICES)));
    }

    private List<WithdrawalDayTotal> withdrawalTotals(int days) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant from = today.minusDays(days - 1L).atStartOfDay(zone).toInstant();
        ZoneOffset offset = zone.getRules().getOffset(now);
        return withdrawals.dailyTotals(from, now.plusSeconds(1), offset);
    }

    private static Chart withdrawalsByState(List<String> days, List<WithdrawalDayTotal> totals, Chart.Range range) {
        Chart.Builder chart =
                new Chart.Builder(days, List.of("completed", "failed", "rejected", "cancelled", "in progress"));
        totals.forEach(total -> chart.add(
                FINAL.contains(total.status()) ? total.status() : "in progress",
                total.day().toString(),
                java.math.BigDecimal.valueOf(total.count())));
        return chart.build("chart-withdrawals", "Withdrawals per day by final state", "withdrawals", range);
    }

    private static Chart payoutsByAsset(List<String> days, List<WithdrawalDayTotal> totals, Chart.Range range) {
        List<String> assets = totals.stream()
                .map(WithdrawalDayTotal::asset)
                .distinct()
                .sorted()
                .toList();
        Chart.Builder chart = new Chart.Builder(days, assets);
        totals.stream()
                .filter(total -> total.status().equals("completed"))
                .forEach(total -> chart.add(total.asset(), total.day().toString(), total.amount()));
        return chart.build("chart-payouts", "Amount paid out per day by asset", "amount", range);
    }

    private Chart miningCredits(int days) {
        List<EtlRun> runs = mining.recentEtlRuns(days).stream()
                .sorted(Comparator.comparing(EtlRun::date))
                .toList();
        List<String> labels =
                runs.stream().map(run -> run.date().toString()).distinct().toList();
        List<String> coins = runs.stream()
                .flatMap(run -> run.coins().stream())
                .map(coin -> coin.coin().name())
                .distinct()
                .sorted()
                .toList();
        Chart.Builder chart = new Chart.Builder(labels, coins);
        runs.forEach(run -> run.coins()
                .forEach(coin -> chart.add(coin.coin().name(), run.date().toString(), coin.creditedTotal())));
        return chart.build(
                "chart-mining",
                "Mining credits per ETL day by coin",
                "coins",
                range("miningDays", days, DAY_CHOICES, " runs"));
    }

    /** The last closings, oldest first: read once per render for both closing charts. */
    private List<BonusClosing> recentClosings(int count) {
        return bonus.recentClosings(count).stream()
                .sorted(Comparator.comparing(BonusClosing::cutoff))
                .toList();
    }

    private String label(BonusClosing closing) {
        return "#" + closing.id() + " " + LocalDate.ofInstant(closing.cutoff(), zone);
    }

    private Chart bonusPerClosing(List<BonusClosing> closings, Chart.Range range) {
        List<String> labels = closings.stream().map(this::label).toList();
        Chart.Builder chart = new Chart.Builder(labels, List.of("confirmed", "cancelled"));
        for (int index = 0; index < closings.size(); index++) {
            BonusClosing closing = closings.get(index);
            chart.add("confirmed", labels.get(index), closing.confirmedAmount());
            chart.add("cancelled", labels.get(index), closing.cancelledAmount());
        }
        return chart.build("chart-bonus", "Bonus confirmed and cancelled per closing", "POINT", range);
    }

    /**
     * What each of the last closings paid per bonus type (confirmed, clawed back since included): one grouped read
     * over all the closings shown ({@link BonusReports#paidByType}), the sums made by the database.
     */
    private Chart bonusPaidByType(List<BonusClosing> closings, Chart.Range range) {
        Map<Long, String> labels = new LinkedHashMap<>();
        closings.forEach(closing -> labels.put(closing.id(), label(closing)));
        List<ClosingTypeTotal> totals =
                bonusReports.paidByType(closings.stream().map(BonusClosing::id).toList());
        List<String> types = totals.stream()
                .map(total -> total.bonusType().name())
                .distinct()
                .sorted()
                .toList();
        Chart.Builder chart = new Chart.Builder(List.copyOf(labels.values()), types);
        totals.forEach(total -> chart.add(total.bonusType().name(), labels.get(total.closingId()), total.amount()));
        return chart.build("chart-bonus-types", "Bonus paid per closing by bonus type", "POINT", range);
    }

    /** Partner orders paid per hour (hours in the operators' time zone) by partner, over the last hours. */
    private Chart partnerOrdersPerHour(int hours) {
        Instant now = clock.instant();
        Instant firstHour = now.truncatedTo(ChronoUnit.HOURS).minus(hours - 1L, ChronoUnit.HOURS);
        List<PartnerHourTotal> totals = partners.hourlyOrders(firstHour, now.plusSeconds(1));
        Map<Instant, String> labels = hourLabels(
                IntStream.range(0, hours)
                        .mapToObj(hour -> firstHour.plus(hour, ChronoUnit.HOURS))
                        .toList(),
                zone);
        List<String> partnerIds = totals.stream()
                .map(PartnerHourTotal::partnerId)
                .distinct()
                .sorted()
                .toList();
        Chart.Builder chart = new Chart.Builder(List.copyOf(labels.values()), partnerIds);
        totals.stream()
                .filter(total -> labels.containsKey(total.hour()))
                .forEach(total ->
                        chart.add(total.partnerId(), labels.get(total.hour()), BigDecimal.valueOf(total.orders())));
        return chart.build(
                "chart-partner-orders",
                "Partner orders per hour by partner",
                "orders",
                range("partnerHours", hours, HOUR_CHOICES, " hours"));
    }

    /**
     * One label per hour, each its own, in the operators' time zone: {@code MM-dd HH:mm} (minutes, for the zones half
     * an hour or 45 minutes off UTC), and an hour whose local time repeats (the hour clocks go back) with its UTC
     * offset, so no two hours share a column.
     */
    static Map<Instant, String> hourLabels(List<Instant> hours, ZoneId zone) {
        Map<Instant, String> labels = new LinkedHashMap<>();
        Set<String> used = new java.util.HashSet<>();
        for (Instant hour : hours) {
            java.time.ZonedDateTime local = hour.atZone(zone);
            String label = HOUR.format(local);
            if (!used.add(label)) {
                label = label + " " + local.getOffset().getId();
                used.add(label);
            }
            labels.put(hour, label);
        }
        return labels;
    }

    private List<String> lastDays(int days) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        return IntStream.range(0, days)
                .mapToObj(back -> today.minusDays(days - 1L - back).toString())
                .toList();
    }

    private static int choice(int wanted, List<Integer> choices) {
        return choices.contains(wanted) ? wanted : choices.get(1);
    }

    private static Chart.Range range(String parameter, int chosen, List<Integer> choices, String unit) {
        Map<String, String> links = new LinkedHashMap<>();
        choices.forEach(choice -> links.put(choice + unit, "/console?" + parameter + "=" + choice));
        return new Chart.Range(chosen + unit, links);
    }
}
