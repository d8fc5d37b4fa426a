package com.aeghash.simulation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cached balances of every member of a run in one query of {@code ledger_accounts}, read after every step instead
 * of two HTTP reads per member ({@code /balances} and {@code /bonus-debt}): the same figures those endpoints answer
 * (the ledger scan of the same step checks that every cached balance equals its postings), for every member on every
 * step. The endpoints themselves are read for every member at the end of each run.
 */
final class BalanceRows {

    private final Map<String, Map<String, BigDecimal>> byMember = new HashMap<>();

    private BalanceRows() {}

    static BalanceRows read(SimulationRun run) {
        BalanceRows rows = new BalanceRows();
        run.app
                .context()
                .getBean(JdbcClient.class)
                .sql("""
                        SELECT owner_id, asset, bucket, balance FROM ledger_accounts
                        WHERE owner_type = 'MEMBER' AND owner_id LIKE :members""")
                .param("members", run.prefix + "-m%")
                .query((row, index) -> rows.byMember
                        .computeIfAbsent(row.getString(1), ignored -> new HashMap<>())
                        .put(row.getString(2) + "/" + row.getString(3), row.getBigDecimal(4)))
                .list();
        return rows;
    }

    /** POINT available minus the member's bonus debt, pending and withdrawal hold, as the model computes them. */
    BigDecimal[] point(String member) {
        return new BigDecimal[] {
            of(member, "POINT/AVAILABLE").subtract(of(member, "POINT/BONUS_DEBT")),
            of(member, "POINT/PENDING"),
            of(member, "POINT/WITHDRAWAL_HOLD")
        };
    }

    /** The member's available balances of every other asset (HASHPOWER and the mined coins), by asset. */
    Map<String, BigDecimal> coins(String member) {
        return notPoint(member, "AVAILABLE");
    }

    /** The member's withdrawal holds of every asset other than POINT (the coins' withdrawals), by asset. */
    Map<String, BigDecimal> coinHolds(String member) {
        return notPoint(member, "WITHDRAWAL_HOLD");
    }

    private Map<String, BigDecimal> notPoint(String member, String bucket) {
        Map<String, BigDecimal> balances = new HashMap<>();
        byMember.getOrDefault(member, Map.of()).forEach((account, balance) -> {
            String[] assetAndBucket = account.split("/");
            if (!assetAndBucket[0].equals("POINT") && assetAndBucket[1].equals(bucket)) {
                balances.put(assetAndBucket[0], balance);
            }
        });
        return balances;
    }

    private BigDecimal of(String member, String account) {
        return byMember.getOrDefault(member, Map.of()).getOrDefault(account, BigDecimal.ZERO);
    }
}
