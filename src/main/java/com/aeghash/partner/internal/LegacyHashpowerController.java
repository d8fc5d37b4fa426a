package com.aeghash.partner.internal;

import com.aeghash.common.web.ProblemCode;
import com.aeghash.partner.internal.authentication.AuthenticatedCall;
import com.aeghash.partner.internal.authentication.LegacyQueryCanonicalizer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The legacy hash-power API kept for old partner integrations:
 * {@code GET /api/from/?from=&uid=&app=&hash=&key=&ts=&nonce=&sig=}. Same effect as
 * {@code POST /api/aegmall/v1/hashpower}; authenticated by a signature over the canonical query
 * ({@link LegacyQueryCanonicalizer}); idempotent on {@code (from, nonce)}.
 */
@RestController
class LegacyHashpowerController {

    private final PartnerCommands commands;

    LegacyHashpowerController(PartnerCommands commands) {
        this.commands = commands;
    }

    @Operation(
            summary = "Credit hash power (legacy)",
            description =
                    "The older AEGMALL hash-power call (query parameters, signed the legacy way); prefer `POST /api/aegmall/v1/hashpower`.")
    @ProblemCode(status = 422, code = "unknown_member")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = PartnerResponses.HashpowerCredited.class)))
    @GetMapping(
            path = {"/api/from", "/api/from/"},
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<byte[]> credit(
            @RequestAttribute(AuthenticatedCall.ATTRIBUTE) AuthenticatedCall call,
            @RequestParam String uid,
            @RequestParam(required = false) String app,
            @RequestParam String hash,
            @RequestParam String nonce,
            HttpServletRequest request) {
        return commands.creditLegacy(
                        call.partner(),
                        new PartnerCommands.LegacyCredit(uid, app, hash, nonce),
                        request.getRequestURI())
                .toResponseEntity();
    }
}
