package com.aeghash.organization.internal;

import java.math.BigDecimal;

/** PV to add to one node's left and right leg totals (either may be zero or negative). */
record LegVolumeDelta(String memberId, BigDecimal leftPv, BigDecimal rightPv) {}
