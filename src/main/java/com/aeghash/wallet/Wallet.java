package com.aeghash.wallet;

import java.time.Instant;

/**
 * A member's custodial wallet as the API shows it: the address and dates only. The wallet key never
 * leaves the wallet module's storage (encrypted) and memory (as a {@link com.aeghash.common.Secret}).
 */
public record Wallet(String memberId, String address, Instant createdAt, Instant keyRefreshedAt) {}
