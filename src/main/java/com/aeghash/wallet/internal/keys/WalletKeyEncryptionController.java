package com.aeghash.wallet.internal.keys;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators follow and complete a rotation of the encryption key of wallet keys at rest. */
@RestController
class WalletKeyEncryptionController {

    private final WalletKeyReencryption reencryption;

    WalletKeyEncryptionController(WalletKeyReencryption reencryption) {
        this.reencryption = reencryption;
    }

    /** The current key's id and how many wallet keys are still stored under another key (0: drop the previous). */
    @Operation(
            summary = "Get the wallet key encryption state",
            description =
                    "The current key's id and how many wallet keys are still stored under another key (0: the previous key can go).")
    @GetMapping("/api/v1/ops/wallet-keys/encryption")
    @PreAuthorize("hasRole('ADMIN')")
    WalletKeyReencryption.Status status() {
        return reencryption.status();
    }

    /** Re-encrypts now, instead of waiting for the hourly run. */
    @Operation(
            summary = "Re-encrypt wallet keys now",
            description =
                    "Re-encrypts stored wallet keys under the current key now, instead of waiting for the hourly run.")
    @PostMapping("/api/v1/ops/wallet-keys/re-encryptions")
    @PreAuthorize("hasRole('ADMIN')")
    WalletKeyReencryption.Report reencrypt(Principal principal) {
        return reencryption.reencrypt(principal.getName());
    }
}
