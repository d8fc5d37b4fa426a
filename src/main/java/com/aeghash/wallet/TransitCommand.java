package com.aeghash.wallet;

import java.math.BigDecimal;

/**
 * A transit of a token from a member's wallet (MBlock sends gas from the fee wallet first when needed).
 *
 * @param amount {@code null} to move the wallet's whole balance of the token
 */
public record TransitCommand(String reference, String memberId, String to, BigDecimal amount, String contract) {}
