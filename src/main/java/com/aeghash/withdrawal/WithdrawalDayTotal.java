package com.aeghash.withdrawal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Withdrawals requested on one day in one status and asset: how many and their amount. */
public record WithdrawalDayTotal(LocalDate day, String status, String asset, long count, BigDecimal amount) {}
