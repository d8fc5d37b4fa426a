package com.aeghash.mining.internal.procurement;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the treasury may pay for a charge the operators approved: HashDam's answer decides the amount, the approval
 * only the credit, so the amount is held to {@code creditAmount x max-price} in the configured coin, and it must be
 * payable exactly (8 decimals, the chain's and the ledger's scale): a rounded-down payment would never be credited.
 */
final class ChargeCeiling {

    private static final int PAYABLE_DECIMALS = 8;

    private final String coin;
    private final BigDecimal maxPrice;

    ChargeCeiling(ProcurementProperties properties) {
        this.coin = properties.paymentCoin();
        this.maxPrice = properties.maxPrice();
    }

    /** Why the charge must not be paid, or empty when it may. */
    Optional<String> refusal(BigDecimal creditAmount, BigDecimal amount, String chargedCoin) {
        if (chargedCoin == null || !coin.equalsIgnoreCase(chargedCoin.trim())) {
            return Optional.of("HashDam asks to be paid in " + chargedCoin + ", the treasury pays in " + coin);
        }
        if (amount == null
                || amount.signum() <= 0
                || amount.stripTrailingZeros().scale() > PAYABLE_DECIMALS) {
            return Optional.of("amount " + (amount == null ? null : amount.toPlainString())
                    + " is not a positive amount of at most " + PAYABLE_DECIMALS + " decimals");
        }
        BigDecimal ceiling = creditAmount.multiply(maxPrice);
        if (amount.compareTo(ceiling) > 0) {
            return Optional.of("amount " + amount.toPlainString() + " " + coin + " is above the approved ceiling "
                    + ceiling.stripTrailingZeros().toPlainString() + " (credit " + creditAmount.toPlainString()
                    + " x max price " + maxPrice.toPlainString() + ")");
        }
        return Optional.empty();
    }
}
