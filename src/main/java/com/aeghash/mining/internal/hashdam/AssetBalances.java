package com.aeghash.mining.internal.hashdam;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code assetBalance}: the project's coins held at HashDam, by symbol. */
public record AssetBalances(Map<String, CoinBalance> coins) {

    public AssetBalances {
        coins = Collections.unmodifiableMap(new LinkedHashMap<>(coins));
    }

    /** {@code balance} held, of which {@code available} can be withdrawn now. */
    public record CoinBalance(BigDecimal balance, BigDecimal available) {}
}
