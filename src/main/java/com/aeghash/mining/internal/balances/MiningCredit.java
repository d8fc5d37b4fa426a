package com.aeghash.mining.internal.balances;

import com.aeghash.ledger.Asset;
import java.math.BigDecimal;
import java.util.Map;

/** What one ETL run credited to one member (possibly nothing), with the hash power it was computed from. */
public record MiningCredit(String memberId, BigDecimal hashPower, Map<Asset, BigDecimal> mined) {

    public MiningCredit {
        mined = Map.copyOf(mined);
    }
}
