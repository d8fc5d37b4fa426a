package com.aeghash.mining.support;

import com.aeghash.common.Amounts;
import com.aeghash.ledger.Asset;
import com.aeghash.sandbox.HashDamSandbox;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulated vendor's published figures of a day, read straight from the simulator (not through the
 * client under test), as the oracle of ETL tests.
 */
public final class VendorFigures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private VendorFigures() {}

    /** {@code profitDailyMega} totals per coin. */
    public static Map<Asset, BigDecimal> perMega(HashDamSandbox simulator, String key, LocalDate date) {
        return totals(simulator, key, "profitDailyMega", date);
    }

    /** {@code profitDaily} totals per coin (the project's). */
    public static Map<Asset, BigDecimal> projectTotals(HashDamSandbox simulator, String key, LocalDate date) {
        return totals(simulator, key, "profitDaily", date);
    }

    /** What a member with {@code hashPower} MH/s gets unscaled: floor8(perMega x hashPower). */
    public static BigDecimal unscaledCredit(BigDecimal perMega, BigDecimal hashPower) {
        return Amounts.floor8(perMega.multiply(hashPower));
    }

    @SuppressWarnings("unchecked")
    private static Map<Asset, BigDecimal> totals(HashDamSandbox simulator, String key, String method, LocalDate date) {
        Map<String, Object> envelope = simulator.handle(
                key, "127.0.0.1", JSON.readTree("{\"method\":\"" + method + "\",\"date\":\"" + date + "\"}"));
        Map<String, Object> data = (Map<String, Object>) envelope.get("data");
        Map<String, Map<String, String>> profit = (Map<String, Map<String, String>>) data.get("profit");
        Map<Asset, BigDecimal> totals = new EnumMap<>(Asset.class);
        profit.forEach((coin, figures) -> totals.put(Asset.valueOf(coin), new BigDecimal(figures.get("total"))));
        return totals;
    }
}
