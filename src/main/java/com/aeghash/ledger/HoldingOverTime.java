package com.aeghash.ledger;

import java.math.BigDecimal;

/**
 * What one member held in one bucket over a time window {@code [from, to)}: the balance at {@code from}, and the
 * balance integrated over the window ({@code amount x seconds}, from the postings' times to the microsecond). A
 * member who held 100 for the second half of a day has {@code atStart = 0} and {@code amountSeconds = 100 x 43,200}.
 */
public record HoldingOverTime(String memberId, BigDecimal atStart, BigDecimal amountSeconds) {}
