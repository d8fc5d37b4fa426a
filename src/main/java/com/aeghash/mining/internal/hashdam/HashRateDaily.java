package com.aeghash.mining.internal.hashdam;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code hashRateDaily}: the project's hash rate of a day, in H/s and in MH/s, with efficiency and reject in %. */
record HashRateDaily(
        LocalDate date,
        BigDecimal hashRate,
        BigDecimal hashRateMega,
        BigDecimal efficiencyPercent,
        BigDecimal rejectPercent) {}
