package com.aeghash.ledger;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What the ledger counts: platform points, the eight coins mined through HashDam, and hash power (MH/s). */
public enum Asset {
    POINT,
    LTC,
    DOGE,
    BELLS,
    LKY,
    PEP,
    JKC,
    DINGO,
    SHIC,
    HASHPOWER,
    /** The token the treasury pays HashDam with for hash credit (mining procurement); system accounts only. */
    USDT;

    private static final List<Asset> COINS = List.of(LTC, DOGE, BELLS, LKY, PEP, JKC, DINGO, SHIC);
    private static final List<Asset> MEMBER_ASSETS =
            Arrays.stream(values()).filter(asset -> asset != USDT).toList();

    /** What members hold: every asset but the ones only the platform's own (system) accounts count. */
    public static List<Asset> memberAssets() {
        return MEMBER_ASSETS;
    }

    public boolean isMemberAsset() {
        return this != USDT;
    }

    /** The coins HashDam mines, in the vendor's order. */
    public static List<Asset> coins() {
        return COINS;
    }

    public boolean isCoin() {
        return COINS.contains(this);
    }

    /** Parses an asset symbol case-insensitively; empty when unknown. */
    public static Optional<Asset> fromSymbol(String symbol) {
        return Arrays.stream(values())
                .filter(asset -> asset.name().equalsIgnoreCase(symbol))
                .findFirst();
    }
}
