package com.aeghash.wallet.internal.transit;

import com.aeghash.wallet.internal.WalletInputs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body MBlock posts when a transit ends. Fields the contract does not list are ignored.
 *
 * @param txidFee   hash of the gas transfer from the fee wallet; absent when none was needed
 * @param txidToken hash of the token transfer
 */
record TransitCallback(
        @NotNull Boolean result,
        @NotBlank @Size(max = 200) String token,
        @Pattern(regexp = WalletInputs.TXID_PATTERN) String txidFee,
        @Pattern(regexp = WalletInputs.TXID_PATTERN) String txidToken,
        @Size(max = 500) String message) {}
