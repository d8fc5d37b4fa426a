package com.aeghash.sandbox.internal.hashdam;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * How the simulated HashDam learns that a charge's deposit address was paid. In the running sandbox the simulated
 * MBlock chain answers it (a transfer to the address is the payment); without a chain (in-process tests) a charge
 * counts as paid when it is created, as before payments were simulated.
 */
@FunctionalInterface
public interface ChargePayments {

    ChargePayments PAID_AT_ONCE = (address, amount, createdAt) -> Optional.of(createdAt);

    /** When the payments to {@code address} first added up to {@code amount}, or empty while they do not. */
    Optional<Instant> paidInFull(String address, BigDecimal amount, Instant createdAt);
}
