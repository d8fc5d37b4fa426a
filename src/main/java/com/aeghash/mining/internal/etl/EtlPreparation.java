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
 * {@link HeldHashPower}) to sum what they would get unscaled, which gives the pro-rata factor per coin. A resumed run reuses these stored figures.
 */
final class EtlPreparation {

    private static final Logger log = LoggerFactory.getLogger(EtlPreparation.class);
    /** Members read per statement; 5,000 keeps PostgreSQL's cost estimate of the held-hash-power read below JIT. */
    private static final int PAGE_SIZE = 5_000;

    /** What a run needs to start crediting. */
    record Prepared(long totalMembers, List<EtlRun.CoinTotals> coins) {}

    private final HashDamClient hashDam;
    private final HeldHashPower held;

    EtlPreparation(HashDamClient hashDam, HeldHashPower held) {
        this.hashDam = hashDam;
        this.held = held;
    }

    Prepared prepare(LocalDate date, AllocationBasis basis) {
        DailyProfit perMega = requireDate(hashDam.profitDailyMega(date), date);
        DailyProfit project = requireDate(hashDam.profitDaily(date), date);
        Map<Asset, BigDecimal> perMegaByCoin = coinsOf(perMega);
        Map<Asset, BigDecimal> membersTotals = new EnumMap<>(Asset.class);
        perMegaByCoin.keySet().forEach(coin -> membersTotals.put(coin, BigDecimal.ZERO));
        long members = 0;
        String after = null;
        for (List<MemberHolding> page = held.page(date, basis, after, PAGE_SIZE);
                !page.isEmpty();
                page = held.page(date, basis, after, PAGE_SIZE)) {
            for (MemberHolding holding : page) {
                perMegaByCoin.forEach((coin, rate) ->
                        membersTotals.merge(coin, ProfitAllocation.unscaled(rate, holding.amount()), BigDecimal::add));
            }
            members += page.size();
            after = page.get(page.size() - 1).memberId();
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
        return new Prepared(members, coins);
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
