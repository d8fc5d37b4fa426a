package com.aeghash.mining.internal.etl;

import com.aeghash.ledger.Asset;
import com.aeghash.ledger.MemberHolding;
import com.aeghash.mining.EtlRun;
import com.aeghash.mining.internal.MiningProperties.AllocationBasis;
import com.aeghash.mining.internal.hashdam.DailyProfit;
import com.aeghash.mining.internal.hashdam.HashDamClient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fixes a run's figures before anything is credited: reads {@code profitDailyMega} and {@code profitDaily}
 * for the date (no transaction open) and walks every member who held hash power during the date once (see
 * {@link HeldHashPower}) to sum what they would get unscaled, which gives the pro-rata factor per coin, and to split
 * them into the run's ranges of one chunk each (a page of the walk). A resumed run reuses these stored figures.
 */
final class EtlPreparation {

    private static final Logger log = LoggerFactory.getLogger(EtlPreparation.class);

    /** What a run needs to start crediting: its figures and its member ranges (one per page of the walk). */
    record Prepared(long totalMembers, List<EtlRun.CoinTotals> coins, List<EtlChunkRange> ranges) {}

    private final HashDamClient hashDam;
    private final HeldHashPower held;

    EtlPreparation(HashDamClient hashDam, HeldHashPower held) {
        this.hashDam = hashDam;
        this.held = held;
    }

    /** The figures and the ranges of {@code chunkSize} members each (the page size of the walk). */
    Prepared prepare(LocalDate date, AllocationBasis basis, int chunkSize) {
        DailyProfit perMega = requireDate(hashDam.profitDailyMega(date), date);
        DailyProfit project = requireDate(hashDam.profitDaily(date), date);
        Map<Asset, BigDecimal> perMegaByCoin = coinsOf(perMega);
        Map<Asset, BigDecimal> membersTotals = new EnumMap<>(Asset.class);
        perMegaByCoin.keySet().forEach(coin -> membersTotals.put(coin, BigDecimal.ZERO));
        long members = 0;
        String after = null;
        List<String> lastMembers = new ArrayList<>();
        for (List<MemberHolding> page = held.page(date, basis, after, chunkSize);
                !page.isEmpty();
                page = held.page(date, basis, after, chunkSize)) {
            for (MemberHolding holding : page) {
                perMegaByCoin.forEach((coin, rate) ->
                        membersTotals.merge(coin, ProfitAllocation.unscaled(rate, holding.amount()), BigDecimal::add));
            }
            members += page.size();
            after = page.get(page.size() - 1).memberId();
            lastMembers.add(after);
        }
        List<EtlRun.CoinTotals> coins = new ArrayList<>();
        perMegaByCoin.forEach((coin, rate) -> {
            BigDecimal projectTotal = Optional.ofNullable(project.profits().get(coin.name()))
                    .map(DailyProfit.CoinProfit::total)
                    .orElse(BigDecimal.ZERO);
            BigDecimal membersTotal = membersTotals.get(coin);
            coins.add(new EtlRun.CoinTotals(
                    coin,
                    rate,
                    projectTotal,
                    membersTotal,
                    ProfitAllocation.scaleFor(projectTotal, membersTotal),
                    BigDecimal.ZERO));
        });
        return new Prepared(members, coins, EtlChunkRange.split("", lastMembers, 1));
    }

    /**
     * Ranges of {@code chunkSize} members for the members after {@code after}: a run prepared before runs had ranges
     * resumes after its cursor this way.
     */
    List<EtlChunkRange> rangesAfter(LocalDate date, AllocationBasis basis, String after, int chunkSize) {
        List<String> lastMembers = new ArrayList<>();
        String cursor = after;
        for (List<MemberHolding> page = held.page(date, basis, cursor, chunkSize);
                !page.isEmpty();
                page = held.page(date, basis, cursor, chunkSize)) {
            cursor = page.get(page.size() - 1).memberId();
            lastMembers.add(cursor);
        }
        return EtlChunkRange.split(after == null ? "" : after, lastMembers, 1);
    }

    private static DailyProfit requireDate(DailyProfit profit, LocalDate date) {
        if (!date.equals(profit.date())) {
            throw new IllegalStateException("HashDam answered the figures of " + profit.date() + " for " + date);
        }
        return profit;
    }

    /** The coins the ledger knows, with their per-MH/s figure; a coin we cannot hold is left with the company. */
    private static Map<Asset, BigDecimal> coinsOf(DailyProfit perMega) {
        Map<Asset, BigDecimal> coins = new EnumMap<>(Asset.class);
        perMega.profits().forEach((symbol, profit) -> {
            Optional<Asset> coin = Asset.fromSymbol(symbol).filter(Asset::isCoin);
            if (coin.isEmpty()) {
                log.warn("HashDam reports profit in {}, which the ledger does not hold: not credited", symbol);
            } else if (profit.total().signum() > 0) {
                coins.put(coin.get(), profit.total());
            }
        });
        return coins;
    }
}
