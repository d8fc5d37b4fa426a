package com.aeghash.mining.internal.hashdam;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code hashBalance}: hash credit and hash power (MH/s) of the project on a date. */
public record HashBalance(LocalDate date, BigDecimal credit, BigDecimal power) {}
