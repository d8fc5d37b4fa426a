package com.aeghash.product;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A product of the catalogue.
 *
 * @param sku       the partners' identity of the product, {@link #SKU_PATTERN}, never changed
 * @param price     the list price in its currency (informational: partners send each order's total)
 * @param pvAmount  the point value of one unit, the base of its bonuses
 * @param bonusPlan the bonus plan its PV pays by ({@code com.aeghash.bonus.BonusPlans})
 * @param version   1 when created, one more with every update (the optimistic lock of updates)
 */
public record Product(
        String sku,
        String name,
        Price price,
        BigDecimal pvAmount,
        ProductStatus status,
        String bonusPlan,
        long version,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt) {

    /** Upper-case letters and digits, then also {@code . _ -}: 1-64 characters. */
    public static final String SKU_PATTERN = "[A-Z0-9][A-Z0-9._-]{0,63}";

    /** An amount in an ISO 4217 currency ({@code USD}, {@code KRW}). */
    public record Price(BigDecimal amount, String currency) {}
}
