package com.aeghash.wallet.internal;

import com.aeghash.common.PositiveAmount;
import com.aeghash.common.web.CursorPage;
import com.aeghash.common.web.ProblemCode;
import com.aeghash.wallet.TransferCommand;
import com.aeghash.wallet.TransitCommand;
import com.aeghash.wallet.Wallet;
import com.aeghash.wallet.WalletBalance;
import com.aeghash.wallet.WalletCreation;
import com.aeghash.wallet.WalletKeySource;
import com.aeghash.wallet.WalletTransaction;
import com.aeghash.wallet.Wallets;
import com.aeghash.wallet.internal.transactions.TransactionResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member's wallet. Tokens leave it only at the member's own request, made by the member app's service account
 * (MEMBER_APP), or through a withdrawal two operators approved: no operator role may send them, so one person can
 * never move a member's tokens. Each transfer and transit records and audits who asked for it. OPERATIONS, ADMIN or the
 * member app create wallets, OPERATIONS, FINANCE, ADMIN and the member app read them; only ADMIN rotates keys (which moves nothing). Responses
 * never carry a key.
 */
@RestController
@RequestMapping("/api/v1/members/{memberId}/wallet")
class WalletController {

    private static final String READERS = "hasAnyRole('ADMIN', 'OPERATIONS', 'FINANCE', 'MEMBER_APP')";
    private static final String CREATORS = "hasAnyRole('ADMIN', 'OPERATIONS', 'MEMBER_APP')";
    /** Only the member app, acting for the member (with a member JWT: that member's wallet only, security.md). */
    private static final String MEMBER_APP = "hasRole('MEMBER_APP')";

    private static final String REFERENCE_RULE = "must be 1-100 letters, digits, '.', '_', ':' or '-'";
    private static final CursorPage.Keyset<WalletTransaction> TRANSACTIONS =
            new CursorPage.Keyset<>("wallet-transaction", Long.MAX_VALUE, WalletTransaction::id);
    private final Wallets wallets;
    private final WalletProperties properties;

    WalletController(Wallets wallets, WalletProperties properties) {
        this.wallets = wallets;
        this.properties = properties;
    }

    /** 201 with the new wallet, or 200 with the existing one. */
    @Operation(
            summary = "Create a member's wallet",
            description = "Creates the member's MBlock wallet: 201 with the new wallet, or 200 with the existing one.")
    @ProblemCode(status = 409, code = "wallet_creation_in_progress")
    @ProblemCode(status = 422, code = "unknown_member")
    @ProblemCode(status = 502, code = "mblock_failed")
    @ProblemCode(status = 504, code = "mblock_outcome_unknown")
    @PostMapping
    @PreAuthorize(CREATORS)
    @ApiResponse(responseCode = "201", description = "the wallet, created now")
    @ApiResponse(responseCode = "200", description = "the member's existing wallet")
    ResponseEntity<Wallet> create(@PathVariable String memberId) {
        WalletCreation creation = wallets.createWallet(memberId);
        return ResponseEntity.status(creation.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(creation.wallet());
    }

    @Operation(summary = "Get a member's wallet", description = "The member's wallet address and state.")
    @GetMapping
    @PreAuthorize(READERS)
    Wallet wallet(@PathVariable String memberId) {
        return wallets.wallet(memberId);
    }

    /** The on-chain balance; without {@code contract}, native BNB. */
    @Operation(
            summary = "Get a wallet's on-chain balance",
            description = "The on-chain balance of a token (`contract`), or of native BNB without one.")
    @ProblemCode(status = 502, code = "mblock_failed")
    @ProblemCode(status = 504, code = "mblock_outcome_unknown")
    @GetMapping("/balance")
    @PreAuthorize(READERS)
    WalletBalance balance(@PathVariable String memberId, @RequestParam(required = false) String contract) {
        return wallets.balance(memberId, contract);
    }

    @Operation(
            summary = "Transfer from a member's wallet",
            description =
                    "Sends a token from the member's wallet; `reference` (optional) makes a retry safe: the same reference never sends twice.")
    @ProblemCode(status = 409, code = "wallet_key_refreshing")
    @ProblemCode(status = 422, code = "wallet_insufficient_balance")
    @ProblemCode(status = 422, code = "wallet_transaction_rejected")
    @ProblemCode(status = 422, code = "wallet_key_lost")
    @ProblemCode(status = 502, code = "mblock_failed")
    @PostMapping("/transfers")
    @PreAuthorize(MEMBER_APP)
    ResponseEntity<WalletTransaction> transfer(
            @PathVariable String memberId, @Valid @RequestBody TransferRequest request, Principal caller) {
        String reference = "member-transfer:" + memberId + ":" + orRandom(request.reference());
        return TransactionResponses.of(wallets.transferFrom(new TransferCommand(
                reference,
                WalletKeySource.member(memberId),
                request.to(),
                request.amount(),
                request.contract(),
                caller.getName())));
    }

    @Operation(
            summary = "Move a wallet's balance to the treasury",
            description = "A transit of a token to the treasury; `amount` absent moves the whole balance of the token.")
    @ProblemCode(status = 409, code = "wallet_key_refreshing")
    @ProblemCode(status = 422, code = "wallet_insufficient_balance")
    @ProblemCode(status = 422, code = "wallet_transaction_rejected")
    @ProblemCode(status = 422, code = "wallet_key_lost")
    @ProblemCode(status = 502, code = "mblock_failed")
    @PostMapping("/transits")
    @PreAuthorize(MEMBER_APP)
    ResponseEntity<WalletTransaction> transit(
            @PathVariable String memberId, @Valid @RequestBody TransitRequest request, Principal caller) {
        String reference = "member-transit:" + memberId + ":" + orRandom(request.reference());
        return TransactionResponses.of(wallets.transit(new TransitCommand(
                reference, memberId, request.to(), request.amount(), request.contract(), caller.getName())));
    }

    @Operation(
            summary = "List a wallet's transactions",
            description = "The wallet's transfers and transits, newest first, a page at a time.")
    @GetMapping("/transactions")
    @PreAuthorize(READERS)
    CursorPage<WalletTransaction> transactions(
            @PathVariable String memberId,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return CursorPage.read(
                TRANSACTIONS,
                cursor,
                CursorPage.limit(limit, 50, Math.min(CursorPage.LIMIT_MAX, properties.listLimitMax())),
                (beforeId, rows) -> wallets.transactionsBefore(memberId, beforeId, rows));
    }

    /** Rotates the wallet key at MBlock (the old one stops working at once). */
    @Operation(
            summary = "Rotate a wallet key",
            description = "Rotates the wallet key at MBlock (the old one stops working at once).")
    @ProblemCode(status = 409, code = "wallet_key_refreshing")
    @ProblemCode(status = 422, code = "wallet_key_lost")
    @ProblemCode(status = 502, code = "mblock_failed")
    @PostMapping("/key-refresh")
    @PreAuthorize("hasRole('ADMIN')")
    Wallet refreshKey(@PathVariable String memberId, Principal principal) {
        return wallets.refreshWalletKey(memberId, principal.getName());
    }

    private static String orRandom(String reference) {
        return reference == null ? UUID.randomUUID().toString() : reference;
    }

    /** {@code reference} (optional) makes a retried request safe: the same reference never sends twice. */
    record TransferRequest(
            @NotNull @Pattern(regexp = WalletInputs.ADDRESS_PATTERN, message = "must be 0x followed by 40 hex digits")
            String to,

            @PositiveAmount BigDecimal amount,

            @Pattern(regexp = WalletInputs.ADDRESS_PATTERN, message = "must be 0x followed by 40 hex digits")
            String contract,

            @Pattern(regexp = WalletInputs.REFERENCE_PATTERN, message = REFERENCE_RULE)
            String reference) {}

    /** {@code amount} absent moves the wallet's whole balance of the token. */
    record TransitRequest(
            @NotNull @Pattern(regexp = WalletInputs.ADDRESS_PATTERN, message = "must be 0x followed by 40 hex digits")
            String to,

            @Positive @Digits(integer = 20, fraction = 18) BigDecimal amount,

            @NotNull @Pattern(regexp = WalletInputs.ADDRESS_PATTERN, message = "must be 0x followed by 40 hex digits")
            String contract,

            @Pattern(regexp = WalletInputs.REFERENCE_PATTERN, message = REFERENCE_RULE)
            String reference) {}
}
