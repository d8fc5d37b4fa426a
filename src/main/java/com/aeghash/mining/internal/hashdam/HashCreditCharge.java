package com.aeghash.mining.internal.hashdam;

import java.math.BigDecimal;

/** {@code hashCreditCharge}: where to pay {@code amount} of {@code coin} to buy hash credit. */
public record HashCreditCharge(String chargeId, String address, BigDecimal amount, BigDecimal price, String coin) {}
