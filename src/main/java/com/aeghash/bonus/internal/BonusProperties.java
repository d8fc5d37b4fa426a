package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusPlans;
import com.aeghash.bonus.BonusRanks;
import com.aeghash.bonus.BonusRule;
import com.aeghash.bonus.BonusType;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bonus plans and the closing schedule ({@code aeghash.bonus.*}), checked at boot. {@code rules} is the
 * {@value BonusPlans#DEFAULT} plan; {@code plans.<name>.rules} are further named plans that products may pay
 * by. In every plan: each rule checked by {@link BonusRule}, one rule per type, all rules together at most 100 %
 * of PV. Closing limits in range.
 */
@ConfigurationProperties("aeghash.bonus")
record BonusProperties(
        List<BonusRule> rules,
        Map<String, Plan> plans,
        @DefaultValue Closing closing,
        @DefaultValue Center center,
        @DefaultValue GlobalShare globalShare) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public BonusProperties {
        rules = checked("aeghash.bonus.rules", rules);
        plans = plans == null ? Map.of() : Map.copyOf(plans);
        plans.keySet().forEach(BonusProperties::checkName);
        center = center == null ? Center.DEFAULTS : center;
        globalShare = globalShare == null ? GlobalShare.DEFAULTS : globalShare;
        BigDecimal others = center.percentage().add(center.referralPercentage()).add(globalShare.percentage());
        Map<String, List<BonusRule>> byPlan = new TreeMap<>();
        byPlan.put(BonusPlans.DEFAULT, rules);
        plans.forEach((name, plan) -> byPlan.put(name, plan.rules()));
        byPlan.forEach((name, planRules) -> {
            BigDecimal total =
                    planRules.stream().map(BonusRule::totalPercentage).reduce(others, BigDecimal::add);
            if (total.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("bonus plan '" + name + "' with center, center referral and global"
                        + " share pays " + total.toPlainString() + " % of PV (max 100)");
            }
        });
    }

    /**
     * The center bonus and the center referral bonus, paid with each order (of every plan) on its PV.
     *
     * @param percentage         of the order's PV paid to the buyer's center
     * @param minRank            the center's lowest rank paid, when the order is paid
     * @param referralPercentage of the order's PV paid to the member who referred the center
     * @param referralMinRank    that member's lowest rank paid, when the order is paid
     */
    public record Center(
            @DefaultValue("8") BigDecimal percentage,
            @DefaultValue("D3") BonusRanks.Level minRank,
            @DefaultValue("2") BigDecimal referralPercentage,
            @DefaultValue("D2") BonusRanks.Level referralMinRank) {

        /** Platform rules: 8 % to a D3+ center, 2 % to its D2+ referrer. */
        static final Center DEFAULTS =
                new Center(new BigDecimal("8"), BonusRanks.Level.D3, new BigDecimal("2"), BonusRanks.Level.D2);

        public Center {
            checkPercentage("aeghash.bonus.center.percentage", percentage);
            checkPercentage("aeghash.bonus.center.referral-percentage", referralPercentage);
        }
    }

    /**
     * The global share of each closing: {@code percentage} of the PV of the orders it pools, split equally among
     * the members of rank {@code minRank} or higher at the cut-off, paid {@code chunkMembers} members per
     * committed chunk.
     */
    public record GlobalShare(
            @DefaultValue("20") BigDecimal percentage,
            @DefaultValue("D2") BonusRanks.Level minRank,
            @DefaultValue("2000") int chunkMembers) {

        /** Platform rules: 20 % among D2+ members. */
        static final GlobalShare DEFAULTS = new GlobalShare(new BigDecimal("20"), BonusRanks.Level.D2, 2000);

        public GlobalShare {
            checkPercentage("aeghash.bonus.global-share.percentage", percentage);
            if (chunkMembers < 1 || chunkMembers > ClosingChunk.MEMBERS_PER_LEDGER_ENTRY) {
                throw new IllegalArgumentException(
                        "aeghash.bonus.global-share.chunk-members must be 1.." + ClosingChunk.MEMBERS_PER_LEDGER_ENTRY);
            }
        }
    }

    private static void checkPercentage(String property, BigDecimal percentage) {
        if (percentage == null
                || percentage.signum() < 0
                || percentage.compareTo(HUNDRED) > 0
                || percentage.stripTrailingZeros().scale() > 6) {
            throw new IllegalArgumentException(property + " must be 0-100 with at most 6 decimals");
        }
    }

    /** The default plan and the named ones, by name. */
    Map<String, List<BonusRule>> rulesByPlan() {
        Map<String, List<BonusRule>> byPlan = new TreeMap<>();
        byPlan.put(BonusPlans.DEFAULT, rules);
        plans.forEach((name, plan) -> byPlan.put(name, plan.rules()));
        return byPlan;
    }

    /** A named plan: its rules, checked like the default plan's. */
    public record Plan(List<BonusRule> rules) {

        public Plan {
            rules = checked("aeghash.bonus.plans.*.rules", rules);
        }
    }

    private static void checkName(String name) {
        if (!name.matches(BonusPlans.NAME_PATTERN) || name.equals(BonusPlans.DEFAULT)) {
            throw new IllegalArgumentException("aeghash.bonus.plans: '" + name + "' must match "
                    + BonusPlans.NAME_PATTERN + " and not be '" + BonusPlans.DEFAULT
                    + "' (the default plan is aeghash.bonus.rules)");
        }
    }

    private static List<BonusRule> checked(String property, List<BonusRule> rules) {
        List<BonusRule> checked = rules == null ? List.of() : List.copyOf(rules);
        Set<BonusType> types = EnumSet.noneOf(BonusType.class);
        for (BonusRule rule : checked) {
            if (!rule.type().overTree()) {
                throw new IllegalArgumentException(property + ": " + rule.type() + " is not paid by tree rules"
                        + " (aeghash.bonus.center, aeghash.bonus.global-share)");
            }
            if (!types.add(rule.type())) {
                throw new IllegalArgumentException(property + ": " + rule.type() + " is configured twice");
            }
        }
        BigDecimal total = checked.stream().map(BonusRule::totalPercentage).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(property + " pay " + total.toPlainString() + " % of PV (max 100)");
        }
        return checked;
    }

    public enum Period {
        DAILY,
        WEEKLY,
        MONTHLY
    }

    /**
     * When closings run and what they take.
     *
     * @param period          DAILY, WEEKLY (on {@code weeklyDay}) or MONTHLY (on {@code monthlyDay})
     * @param cutoffTime      local time of the cut-off in {@code timeZone}
     * @param refundDelayDays orders are confirmed only once paid at least this many days before the cut-off
     * @param chunkEntries    entries per committed chunk (about: a chunk is a range of beneficiaries, and a member's
     *                        entries stay in one chunk)
     * @param checkInterval   how often the schedule looks for a due closing
     * @param workers         chunks written at once by one closing (0-64), each on its own connection over disjoint
     *                        beneficiary ranges; 0 (default) = the database pool's share for batch work, a quarter of
     *                        {@code spring.datasource.hikari.maximum-pool-size} (at least 1)
     * @param leaseDuration   how long a worker's claim on a range lasts: a range claimed by a worker that died is
     *                        claimed again once it ends (at least 1 s)
     */
    public record Closing(
            @DefaultValue("DAILY") Period period,
            @DefaultValue("00:00") LocalTime cutoffTime,
            @DefaultValue("Asia/Seoul") ZoneId timeZone,
            @DefaultValue("MONDAY") DayOfWeek weeklyDay,
            @DefaultValue("1") int monthlyDay,
            @DefaultValue("2") int refundDelayDays,
            @DefaultValue("10000") int chunkEntries,
            @DefaultValue("10m") Duration checkInterval,
            @DefaultValue("0") int workers,
            @DefaultValue("2m") Duration leaseDuration) {

        /** Share of the database pool a closing's workers take when {@code workers} is 0. */
        static final int POOL_SHARE_DIVISOR = 4;

        /** The default workers and lease. */
        public Closing(
                Period period,
                LocalTime cutoffTime,
                ZoneId timeZone,
                DayOfWeek weeklyDay,
                int monthlyDay,
                int refundDelayDays,
                int chunkEntries,
                Duration checkInterval) {
            this(
                    period,
                    cutoffTime,
                    timeZone,
                    weeklyDay,
                    monthlyDay,
                    refundDelayDays,
                    chunkEntries,
                    checkInterval,
                    0,
                    Duration.ofMinutes(2));
        }

        /** These settings with {@code count} workers and the lease. */
        public Closing withWorkers(int count, Duration lease) {
            return with(chunkEntries, count, lease);
        }

        /** These settings with ranges of about {@code entries} entries (tests take several ranges of few entries). */
        public Closing withChunkEntries(int entries) {
            return with(entries, workers, leaseDuration);
        }

        /** The one copy: these settings with the ranges, workers and lease given. */
        private Closing with(int entries, int count, Duration lease) {
            return new Closing(
                    period,
                    cutoffTime,
                    timeZone,
                    weeklyDay,
                    monthlyDay,
                    refundDelayDays,
                    entries,
                    checkInterval,
                    count,
                    lease);
        }

        /** The workers a closing starts: {@code workers}, or the pool's share for batch work when it is 0. */
        public int workersFor(int databasePoolSize) {
            return workers > 0 ? workers : Math.max(1, databasePoolSize / POOL_SHARE_DIVISOR);
        }

        @ConstructorBinding
        public Closing {
            if (monthlyDay < 1 || monthlyDay > 28) {
                throw new IllegalArgumentException("aeghash.bonus.closing.monthly-day must be 1..28");
            }
            if (refundDelayDays < 0 || refundDelayDays > 365) {
                throw new IllegalArgumentException("aeghash.bonus.closing.refund-delay-days must be 0..365");
            }
            if (chunkEntries < 1 || chunkEntries > 50_000) {
                throw new IllegalArgumentException("aeghash.bonus.closing.chunk-entries must be 1..50000");
            }
            if (workers < 0 || workers > 64) {
                throw new IllegalArgumentException("aeghash.bonus.closing.workers must be 0..64");
            }
            if (leaseDuration == null || leaseDuration.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("aeghash.bonus.closing.lease-duration must be at least 1s");
            }
        }
    }
}
