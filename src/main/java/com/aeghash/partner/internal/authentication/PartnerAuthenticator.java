package com.aeghash.partner.internal.authentication;

import com.aeghash.partner.internal.PartnerShapes;
import com.aeghash.partner.internal.authentication.HmacSignatures.SecretUsed;
import com.aeghash.partner.internal.settings.PartnerProperties;
import com.aeghash.partner.internal.settings.PartnerRegistry;
import com.aeghash.partner.internal.settings.PartnerSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Decides whether a partner call is authentic, in this order: the key id names a partner (and, for legacy
 * calls, {@code from} is that partner); the source address is in its CIDRs (403); it is under its rate limit
 * (429); the credentials are well-formed; the timestamp is within the window; the HMAC matches the current or
 * previous secret (constant-time); the nonce is new (401 otherwise). The nonce is claimed last, so unsigned
 * junk can never burn a partner's nonce.
 */
final class PartnerAuthenticator {

    private static final Pattern UNIX_SECONDS = Pattern.compile("^\\d{1,12}$");

    /** The check's result and the partner the key id named (null when it named none). */
    record Result(SignatureCheck check, PartnerSettings partner) {}

    private final PartnerRegistry registry;
    private final PartnerRateLimiters rateLimiters;
    private final PartnerNonceRepository nonces;
    private final PartnerProperties properties;
    private final Clock clock;

    PartnerAuthenticator(
            PartnerRegistry registry,
            PartnerRateLimiters rateLimiters,
            PartnerNonceRepository nonces,
            PartnerProperties properties,
            Clock clock) {
        this.registry = registry;
        this.rateLimiters = rateLimiters;
        this.nonces = nonces;
        this.properties = properties;
        this.clock = clock;
    }

    Result authenticate(SignedCall call, String clientAddress) {
        PartnerSettings partner = registry.byKeyId(call.keyId()).orElse(null);
        if (partner == null) {
            return new Result(call.keyId() == null ? SignatureCheck.MALFORMED : SignatureCheck.UNKNOWN_KEY, null);
        }
        if (call.scheme() == SignedCall.Scheme.LEGACY_QUERY && !partner.id().equals(call.claimedPartner())) {
            return new Result(SignatureCheck.UNKNOWN_KEY, partner);
        }
        if (!partner.allowsAddress(clientAddress)) {
            return new Result(SignatureCheck.IP_NOT_ALLOWED, partner);
        }
        if (!rateLimiters.tryAcquire(partner)) {
            return new Result(SignatureCheck.RATE_LIMITED, partner);
        }
        return new Result(verify(call, partner), partner);
    }

    private SignatureCheck verify(SignedCall call, PartnerSettings partner) {
        if (!call.hasCredentials()
                || !UNIX_SECONDS.matcher(call.timestamp()).matches()
                || !PartnerShapes.NONCE.matcher(call.nonce()).matches()) {
            return SignatureCheck.MALFORMED;
        }
        Instant now = clock.instant();
        long distanceSeconds = Math.abs(now.getEpochSecond() - Long.parseLong(call.timestamp()));
        if (distanceSeconds > properties.timestampTolerance().toSeconds()) {
            return SignatureCheck.STALE_TIMESTAMP;
        }
        SecretUsed secret = HmacSignatures.verify(partner, call.signedMessage(), call.signatureHex());
        if (secret == null) {
            return SignatureCheck.BAD_SIGNATURE;
        }
        // legacy calls are idempotent on (from, nonce) instead: a repeated legacy URL gets the first response again
        if (call.scheme() == SignedCall.Scheme.HEADERS && !nonces.claim(partner.id(), call.nonce(), now)) {
            return SignatureCheck.REPLAYED_NONCE;
        }
        return secret == SecretUsed.CURRENT ? SignatureCheck.VALID_CURRENT : SignatureCheck.VALID_PREVIOUS;
    }
}
