package com.aeghash.wallet.internal.keys;

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
    @GetMapping("/api/v1/ops/wallet-keys/encryption")
    @PreAuthorize("hasRole('ADMIN')")
    WalletKeyReencryption.Status status() {
        return reencryption.status();
    }

    /** Re-encrypts now, instead of waiting for the hourly run. */
    @PostMapping("/api/v1/ops/wallet-keys/re-encryptions")
    @PreAuthorize("hasRole('ADMIN')")
    WalletKeyReencryption.Report reencrypt(Principal principal) {
        return reencryption.reencrypt(principal.getName());
    }
}
