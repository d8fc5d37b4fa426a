package com.aeghash.sandbox.internal.mblock;

import com.aeghash.common.PositiveAmount;
import com.aeghash.common.web.BoundedList;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sandbox-only tools (ADMIN): a faucet that funds a simulated wallet, and a chain explorer listing an
 * address's transfers (where an operator finds the txid of a transfer whose answer was lost).
 */
@RestController
@ConditionalOnProperty(name = "aeghash.sandbox.enabled", havingValue = "true")
@PreAuthorize("hasRole('ADMIN')")
class MBlockFaucetController {

    private static final String ADDRESS = "^0x[0-9a-fA-F]{40}$";
    private final SimulatedChain chain;

    MBlockFaucetController(SimulatedChain chain) {
        this.chain = chain;
    }

    /** Credits {@code amount} of the token ({@code contract} absent: BNB) to the address. */
    @Operation(
            summary = "Fund a simulated address",
            description =
                    "Credits `amount` of the token (`contract` absent: BNB) to the address on the simulated chain (sandbox only).")
    @PostMapping("/sandbox/mblock/faucet")
    Funded fund(@Valid @RequestBody FaucetRequest request) {
        SimulatedReceipt receipt = chain.fund(request.address(), request.contract(), request.amount());
        return new Funded(
                request.address(),
                receipt.token(),
                request.amount(),
                chain.balanceOf(request.address(), request.contract()),
                receipt.txid());
    }

    @Operation(
            summary = "List simulated transactions",
            description = "The simulated chain's receipts of one address (sandbox only).")
    @BoundedList("the simulated chain of a sandbox run")
    @GetMapping("/sandbox/mblock/transactions")
    List<SimulatedReceipt> transactions(@RequestParam @Pattern(regexp = ADDRESS) String address) {
        return chain.receiptsOf(address);
    }

    record FaucetRequest(
            @NotNull @Pattern(regexp = ADDRESS, message = "must be 0x followed by 40 hex digits")
            String address,

            @Pattern(regexp = ADDRESS, message = "must be 0x followed by 40 hex digits")
            String contract,

            @PositiveAmount BigDecimal amount) {}

    record Funded(String address, String contract, BigDecimal funded, BigDecimal balance, String txid) {}
}
