package com.aeghash.partner.internal;

import com.aeghash.common.web.ProblemCode;
import com.aeghash.idempotency.HonoursIdempotencyKey;
import com.aeghash.partner.internal.authentication.AuthenticatedCall;
import com.aeghash.partner.internal.authentication.PartnerAuthenticationFilter;
import com.aeghash.partner.internal.hashpower.HashpowerRequest;
import com.aeghash.partner.internal.orders.OrderRequest;
import com.aeghash.partner.internal.orders.RefundRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The AEGMALL JSON API. Every call was authenticated by {@link PartnerAuthenticationFilter} (HMAC headers,
 * allowlist, rate limit, Idempotency-Key present) before it gets here. Responses are the stored JSON text, so a
 * replay ({@code Idempotent-Replayed: true}) is byte for byte the first response.
 */
@RestController
@RequestMapping(
        path = "/api/aegmall/v1",
        produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
class PartnerApiController {

    private final PartnerCommands commands;

    PartnerApiController(PartnerCommands commands) {
        this.commands = commands;
    }

    /** A paid order: stored PAID and its bonuses distributed; 201 {orderId, status, bonusEntries, bonusTotal}. */
    @Operation(
            summary = "Record a paid order",
            description =
                    "A paid order: stored PAID and its bonuses distributed; 201 with orderId, status, bonusEntries and bonusTotal.")
    @ProblemCode(status = 409, code = "duplicate_order")
    @ProblemCode(status = 422, code = "unknown_member")
    @HonoursIdempotencyKey
    @ApiResponse(
            responseCode = "201",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = PartnerResponses.OrderCreated.class)))
    @PostMapping(path = "/orders", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> createOrder(
            @RequestAttribute(AuthenticatedCall.ATTRIBUTE) AuthenticatedCall call,
            @Valid @RequestBody OrderRequest order,
            HttpServletRequest request) {
        return commands.createOrder(call, order, request.getRequestURI()).toResponseEntity();
    }

    /**
     * The order is refunded (its pending bonuses are cancelled by the next closing, its confirmed ones clawed back);
     * 200; 422 past the refund window.
     */
    @Operation(
            summary = "Refund an order",
            description =
                    "The order is refunded; its pending bonuses are cancelled by the next closing, its confirmed ones clawed back now. 200. An order paid more than the refund window ago (aeghash.bonus.refund-window-days, 60) is a 422 refund_window_closed and stays paid.")
    @ProblemCode(status = 409, code = "invalid_state")
    @ProblemCode(status = 422, code = "refund_window_closed")
    @HonoursIdempotencyKey
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = PartnerResponses.OrderRefunded.class)))
    @PostMapping(path = "/orders/{orderId}/refund")
    ResponseEntity<byte[]> refundOrder(
            @RequestAttribute(AuthenticatedCall.ATTRIBUTE) AuthenticatedCall call,
            @PathVariable String orderId,
            @Valid @RequestBody(required = false) RefundRequest refund,
            HttpServletRequest request) {
        return commands.refundOrder(call, orderId, refund, request.getRequestURI())
                .toResponseEntity();
    }

    /** Hash power credited to the member's HASHPOWER balance, once per reference; 201. */
    @Operation(
            summary = "Credit hash power",
            description = "Hash power credited to the member's HASHPOWER balance, once per reference; 201.")
    @ProblemCode(status = 409, code = "reference_conflict")
    @ProblemCode(status = 422, code = "unknown_member")
    @HonoursIdempotencyKey
    @ApiResponse(
            responseCode = "201",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = PartnerResponses.HashpowerCredited.class)))
    @PostMapping(path = "/hashpower", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> creditHashpower(
            @RequestAttribute(AuthenticatedCall.ATTRIBUTE) AuthenticatedCall call,
            @Valid @RequestBody HashpowerRequest credit,
            HttpServletRequest request) {
        return commands.creditHashpower(call, credit, request.getRequestURI()).toResponseEntity();
    }
}
