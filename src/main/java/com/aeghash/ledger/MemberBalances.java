package com.aeghash.ledger;

import java.util.List;

/** Every asset of one member, each with its three buckets (zero where nothing was ever posted). */
public record MemberBalances(String memberId, List<AssetBalance> balances) {

    public AssetBalance of(Asset asset) {
        return balances.stream()
                .filter(balance -> balance.asset() == asset)
                .findFirst()
                .orElseThrow();
    }
}
