package com.aeghash.wallet.internal;

import com.aeghash.common.web.CursorPage;
import com.aeghash.common.web.ProblemCode;
import com.aeghash.wallet.Resolution;
import com.aeghash.wallet.WalletOperations;
import com.aeghash.wallet.WalletTransaction;
import com.aeghash.wallet.Wallets;
import com.aeghash.wallet.internal.reconciliation.WalletReconciler;
import com.aeghash.wallet.internal.reconciliation.WalletReconciliationReport;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators' view of wallet transactions and their decisions on unknown outcomes. Deciding one moves money (a
 * withdrawal paid by it completes or returns its hold), so it is OPERATIONS' or FINANCE's, never ADMIN's, and needs
 * the chain's word or a second operator ({@link WalletOperations}).
 */
@RestController
class WalletTransactionController {

    private static final String DECIDERS = "hasAnyRole('OPERATIONS', 'FINANCE')";
    /** Oldest first: the position before the first row is 0. */
    private static final CursorPage.Keyset<WalletTransaction> UNKNOWN =
            new CursorPage.Keyset<>("unknown-wallet-transaction", 0, WalletTransaction::id);

    private final Wallets wallets;
    private final WalletOperations operations;
    private final WalletReconciler reconciler;
    private final WalletProperties properties;

    WalletTransactionController(
            Wallets wallets, WalletOperations operations, WalletReconciler reconciler, WalletProperties properties) {
        this.wallets = wallets;
        this.operations = operations;
        this.reconciler = reconciler;
        this.properties = properties;
    }

    @Operation(summary = "Get a wallet transaction", description = "One transfer or transit with its outcome.")
    @GetMapping("/api/v1/wallet-transactions/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATIONS', 'FINANCE')")
    WalletTransaction transaction(@PathVariable long id) {
        return wallets.transaction(id);
    }

    /** The queue of unknown outcomes, oldest first. */
    @Operation(
            summary = "List unknown wallet transactions",
            description = "The queue of transactions whose outcome is unknown, oldest first, a page at a time.")
    @GetMapping("/api/v1/wallet-transactions/unknown")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATIONS', 'FINANCE')")
    CursorPage<WalletTransaction> unknown(
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return CursorPage.read(
                UNKNOWN,
                cursor,
                CursorPage.limit(limit, 50, Math.min(CursorPage.LIMIT_MAX, properties.listLimitMax())),
                operations::unknownTransactionsAfter);
    }

    /** A txid found on the chain explorer: accepted (and the transfer settled) when MBlock's receipt matches. */
    @Operation(
            summary = "Offer a txid for an unknown transaction",
            description =
                    "A txid found on the chain explorer: accepted (and the transfer settled) when MBlock's receipt matches.")
    @ProblemCode(status = 409, code = "transaction_not_unknown")
    @ProblemCode(status = 409, code = "not_a_transfer")
    @ProblemCode(status = 409, code = "transaction_changed")
    @ProblemCode(status = 502, code = "mblock_failed")
    @PostMapping("/api/v1/wallet-transactions/{id}/candidate-txid")
    @PreAuthorize(DECIDERS)
    WalletTransaction candidateTxid(
            @PathVariable long id, @Valid @RequestBody CandidateTxid request, Principal principal) {
        return operations.attachCandidateTxid(id, request.txid(), principal.getName());
    }

    /** 200 with the transaction when the chain backs the decision; 202 with the approval request otherwise. */
    @Operation(
            summary = "Resolve an unknown wallet transaction",
            description =
                    "200 with the transaction when the chain backs the decision; 202 with the approval request a second operator decides otherwise.")
    @ProblemCode(status = 409, code = "transaction_not_unknown")
    @ProblemCode(status = 409, code = "transaction_changed")
    @ProblemCode(status = 409, code = "approval_request_exists")
    @PostMapping("/api/v1/wallet-transactions/{id}/resolution")
    @PreAuthorize(DECIDERS)
    ResponseEntity<Object> resolve(
            @PathVariable long id, @Valid @RequestBody ResolutionRequest request, Principal principal) {
        return operations
                .resolve(
                        id,
                        new Resolution("succeeded".equals(request.outcome()), request.txid(), request.note()),
                        principal.getName())
                .toResponse(HttpStatus.OK);
    }

    /** Runs the reconciler now instead of waiting for its schedule (the URL keeps the older word "janitor"). */
    @Operation(
            summary = "Reconcile wallet transactions now",
            description =
                    "Runs the wallet reconciler now instead of waiting for its schedule (the URL keeps the older word \"janitor\").")
    @PostMapping("/api/v1/wallet-janitor/runs")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATIONS')")
    WalletReconciliationReport runReconciler() {
        return reconciler.reconcile();
    }

    record CandidateTxid(
            @NotNull @Pattern(regexp = WalletInputs.TXID_PATTERN, message = "must be 0x followed by 64 hex digits")
            String txid) {}

    record ResolutionRequest(
            @NotNull @Pattern(regexp = "^(succeeded|failed)$", message = "must be succeeded or failed")
            String outcome,

            @Pattern(regexp = WalletInputs.TXID_PATTERN, message = "must be 0x followed by 64 hex digits")
            String txid,

            @NotBlank @Size(max = 500) String note) {}
}
