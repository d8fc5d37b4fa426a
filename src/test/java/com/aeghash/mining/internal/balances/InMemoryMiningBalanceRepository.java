package com.aeghash.mining.internal.balances;

import com.aeghash.ledger.Asset;
import com.aeghash.mining.MiningBalanceRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code mining_balances} in memory, for service tests; no transactions, so locking is a no-op. */
public class InMemoryMiningBalanceRepository implements MiningBalanceRepository {

    private final Map<String, MiningBalanceRecord> rows = new HashMap<>();

    @Override
    public synchronized void lockMember(String memberId, Instant now) {
        rows.computeIfAbsent(memberId, id -> empty(id, now));
    }

    @Override
    public synchronized void updateHashPower(String memberId, BigDecimal hashPower, Instant now) {
        MiningBalanceRecord row = rows.computeIfAbsent(memberId, id -> empty(id, now));
        rows.put(memberId, new MiningBalanceRecord(memberId, hashPower, row.lastCreditedDate(), row.minedTotal(), now));
    }

    @Override
    public synchronized void recordCredits(List<MiningCredit> credits, LocalDate date, Instant now) {
        for (MiningCredit credit : credits) {
            MiningBalanceRecord row = rows.computeIfAbsent(credit.memberId(), id -> empty(id, now));
            Map<Asset, BigDecimal> mined = new EnumMap<>(row.minedTotal());
            credit.mined().forEach((coin, amount) -> mined.merge(coin, amount, BigDecimal::add));
            LocalDate last =
                    row.lastCreditedDate() == null || row.lastCreditedDate().isBefore(date)
                            ? date
                            : row.lastCreditedDate();
            rows.put(
                    credit.memberId(),
                    new MiningBalanceRecord(credit.memberId(), credit.hashPower(), last, mined, now));
        }
    }

    @Override
    public synchronized Optional<MiningBalanceRecord> find(String memberId) {
        return Optional.ofNullable(rows.get(memberId));
    }

    private static MiningBalanceRecord empty(String memberId, Instant now) {
        Map<Asset, BigDecimal> mined = new EnumMap<>(Asset.class);
        Asset.coins().forEach(coin -> mined.put(coin, BigDecimal.ZERO));
        return new MiningBalanceRecord(memberId, BigDecimal.ZERO, null, mined, now);
    }
}
