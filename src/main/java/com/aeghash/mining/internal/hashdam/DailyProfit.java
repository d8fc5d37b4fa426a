package com.aeghash.mining.internal.hashdam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code profitDaily} (the project) or {@code profitDailyMega} (per 1 MH/s): coins mined on a day, by symbol. */
public record DailyProfit(LocalDate date, Map<String, CoinProfit> profits) {

    public DailyProfit {
        profits = Collections.unmodifiableMap(new LinkedHashMap<>(profits));
    }

    /** Coins mined and the coin's price on that day. */
    public record CoinProfit(BigDecimal total, BigDecimal price) {}
}
