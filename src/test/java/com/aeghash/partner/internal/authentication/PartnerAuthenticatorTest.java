package com.aeghash.partner.internal.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.Secret;
import com.aeghash.partner.internal.settings.IpRange;
import com.aeghash.partner.internal.settings.PartnerProperties;
import com.aeghash.partner.internal.settings.PartnerRegistry;
import com.aeghash.partner.internal.settings.PartnerSettings;
import com.aeghash.partner.internal.settings.PartnerSettings.PartnerLimits;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The authentication decision without HTTP: rotation before and after the previous secret is removed, etc. */
class PartnerAuthenticatorTest {

    private static final String OLD_SECRET = "the-old-secret-0123456789abcdef-0123";
    private static final String NEW_SECRET = "the-new-secret-0123456789abcdef-0123";
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private final PartnerProperties properties = new PartnerProperties(
            Duration.ofSeconds(300),
            List.of(),
            5,
            Duration.ofMinutes(5),
            Duration.ofDays(90),
            20,
            Duration.ofMinutes(1),
            100);

    @Test
    void duringRotationBothSecretsAreAcceptedAndAfterItOnlyTheNewOne() {
        PartnerAuthenticator rotating = authenticator(partner(NEW_SECRET, OLD_SECRET, 100));
        PartnerAuthenticator rotated = authenticator(partner(NEW_SECRET, null, 100));

        assertThat(check(rotating, NEW_SECRET, "nonce-0001")).isEqualTo(SignatureCheck.VALID_CURRENT);
        assertThat(check(rotating, OLD_SECRET, "nonce-0002")).isEqualTo(SignatureCheck.VALID_PREVIOUS);
        assertThat(check(rotated, NEW_SECRET, "nonce-0003")).isEqualTo(SignatureCheck.VALID_CURRENT);
        assertThat(check(rotated, OLD_SECRET, "nonce-0004")).isEqualTo(SignatureCheck.BAD_SIGNATURE);
    }

    @Test
    void aNonceIsAcceptedOncePerPartnerAndABadSignatureDoesNotBurnIt() {
        PartnerAuthenticator authenticator = authenticator(partner(NEW_SECRET, null, 100));

        assertThat(check(authenticator, "wrong-secret-0123456789abcdef-012345", "nonce-0005"))
                .isEqualTo(SignatureCheck.BAD_SIGNATURE);
        assertThat(check(authenticator, NEW_SECRET, "nonce-0005")).isEqualTo(SignatureCheck.VALID_CURRENT);
        assertThat(check(authenticator, NEW_SECRET, "nonce-0005")).isEqualTo(SignatureCheck.REPLAYED_NONCE);
    }

    @Test
    void timestampsBeyondTheWindowEitherWayAreStale() {
        PartnerAuthenticator authenticator = authenticator(partner(NEW_SECRET, null, 100));

        assertThat(check(authenticator, NEW_SECRET, "nonce-0006", NOW.getEpochSecond() - 300))
                .isEqualTo(SignatureCheck.VALID_CURRENT);
        assertThat(check(authenticator, NEW_SECRET, "nonce-0007", NOW.getEpochSecond() - 301))
                .isEqualTo(SignatureCheck.STALE_TIMESTAMP);
        assertThat(check(authenticator, NEW_SECRET, "nonce-0008", NOW.getEpochSecond() + 301))
                .isEqualTo(SignatureCheck.STALE_TIMESTAMP);
    }

    @Test
    void malformedCredentialsUnknownKeysAndForeignAddressesAreRejected() {
        PartnerAuthenticator authenticator = authenticator(partner(NEW_SECRET, null, 100));
        byte[] message = HmacSignatures.headerMessage("x", "nonce-0009", new byte[0]);

        assertThat(authenticator
                        .authenticate(
                                new SignedCall(
                                        SignatureScheme.V1, "key-0001", "soon", "nonce-0009", "00", null, message),
                                caller("127.0.0.1"))
                        .check())
                .isEqualTo(SignatureCheck.MALFORMED);
        assertThat(authenticator
                        .authenticate(
                                new SignedCall(
                                        SignatureScheme.V1,
                                        "key-0001",
                                        Long.toString(NOW.getEpochSecond()),
                                        "bad nonce",
                                        "00",
                                        null,
                                        message),
                                caller("127.0.0.1"))
                        .check())
                .isEqualTo(SignatureCheck.MALFORMED);
        assertThat(authenticator
                        .authenticate(
                                withKey(signed(NEW_SECRET, "nonce-0010", NOW.getEpochSecond()), "other-key"),
                                caller("127.0.0.1"))
                        .check())
                .isEqualTo(SignatureCheck.UNKNOWN_KEY);
        assertThat(authenticator
                        .authenticate(signed(NEW_SECRET, "nonce-0011", NOW.getEpochSecond()), caller("192.0.2.1"))
                        .check())
                .isEqualTo(SignatureCheck.IP_NOT_ALLOWED);
    }

    @Test
    void aPartnerAllowedLocalCallersOnlyRefusesEveryRelayedOrRemoteCall() {
        PartnerSettings shop = partner(NEW_SECRET, null, 100);
        PartnerAuthenticator localOnly = authenticator(new PartnerSettings(
                shop.id(),
                shop.variablePrefix(),
                shop.keyId(),
                shop.secret(),
                null,
                List.of(),
                true,
                null,
                null,
                shop.limits()));

        assertThat(localOnly
                        .authenticate(signed(NEW_SECRET, "nonce-0023", NOW.getEpochSecond()), caller("127.0.0.1"))
                        .check())
                .isEqualTo(SignatureCheck.VALID_CURRENT);
        // 127.0.0.1 as the resolved address, but the call was relayed for someone else: not local
        assertThat(localOnly
                        .authenticate(
                                signed(NEW_SECRET, "nonce-0024", NOW.getEpochSecond()), new Caller("127.0.0.1", false))
                        .check())
                .isEqualTo(SignatureCheck.IP_NOT_ALLOWED);
    }

    @Test
    void callsBeyondTheRateLimitAreRejected() {
        PartnerAuthenticator authenticator = authenticator(partner(NEW_SECRET, null, 2));

        assertThat(check(authenticator, NEW_SECRET, "nonce-0012")).isEqualTo(SignatureCheck.VALID_CURRENT);
        assertThat(check(authenticator, NEW_SECRET, "nonce-0013")).isEqualTo(SignatureCheck.VALID_CURRENT);
        assertThat(check(authenticator, NEW_SECRET, "nonce-0014")).isEqualTo(SignatureCheck.RATE_LIMITED);
    }

    @Test
    void callsThatFailTheSignatureCheckTakeNoPermitOfThePartnersRateLimit() {
        PartnerAuthenticator authenticator = authenticator(partner(NEW_SECRET, null, 1));

        for (int attempt = 0; attempt < 100; attempt++) {
            assertThat(check(authenticator, "guessed-secret-0123456789abcdef-0123", "nonce-g" + attempt))
                    .isEqualTo(SignatureCheck.BAD_SIGNATURE);
        }
        assertThat(check(authenticator, NEW_SECRET, "nonce-0015")).isEqualTo(SignatureCheck.VALID_CURRENT);
    }

    @Test
    void aReplayedCallTakesNoPermitOfThePartnersRateLimit() {
        PartnerAuthenticator authenticator = authenticator(partner(NEW_SECRET, null, 2));

        assertThat(check(authenticator, NEW_SECRET, "nonce-0016")).isEqualTo(SignatureCheck.VALID_CURRENT);
        assertThat(check(authenticator, NEW_SECRET, "nonce-0016")).isEqualTo(SignatureCheck.REPLAYED_NONCE);
        assertThat(check(authenticator, NEW_SECRET, "nonce-0017")).isEqualTo(SignatureCheck.VALID_CURRENT);
    }

    @Test
    void version1IsAcceptedThroughTheLastDayOfItsCutOverAndRefusedFromTheNextDay() {
        LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        PartnerAuthenticator lastDay = authenticator(partner(NEW_SECRET, null, 100, today));
        PartnerAuthenticator dayAfter = authenticator(partner(NEW_SECRET, null, 100, today.minusDays(1)));

        assertThat(check(lastDay, NEW_SECRET, "nonce-0018")).isEqualTo(SignatureCheck.VALID_CURRENT);
        assertThat(check(dayAfter, NEW_SECRET, "nonce-0019")).isEqualTo(SignatureCheck.V1_RETIRED);
        assertThat(dayAfter.authenticate(signedVersion2(NEW_SECRET, "nonce-0020", "/p"), caller("127.0.0.1"))
                        .check())
                .isEqualTo(SignatureCheck.VALID_CURRENT);
    }

    @Test
    void aRetiredVersion1CallBurnsNoNonce() {
        PartnerAuthenticator authenticator =
                authenticator(partner(NEW_SECRET, null, 100, LocalDate.parse("2001-01-01")));

        assertThat(check(authenticator, NEW_SECRET, "nonce-0021")).isEqualTo(SignatureCheck.V1_RETIRED);
        assertThat(authenticator
                        .authenticate(signedVersion2(NEW_SECRET, "nonce-0021", "/p"), caller("127.0.0.1"))
                        .check())
                .isEqualTo(SignatureCheck.VALID_CURRENT);
    }

    @Test
    void aVersion2SignatureCoversThePathWithItsQuery() {
        PartnerAuthenticator authenticator = authenticator(partner(NEW_SECRET, null, 100));
        SignedCall signedForOne = signedVersion2(NEW_SECRET, "nonce-0022", "/orders/1/refund?x=1");
        SignedCall sentToTwo = new SignedCall(
                SignatureScheme.V2,
                "key-0001",
                signedForOne.timestamp(),
                signedForOne.nonce(),
                signedForOne.signatureHex(),
                null,
                HmacSignatures.version2Message(
                        "POST",
                        "/orders/2/refund?x=1",
                        signedForOne.timestamp(),
                        signedForOne.nonce(),
                        "{\"a\":1}".getBytes(StandardCharsets.UTF_8)));

        assertThat(authenticator.authenticate(sentToTwo, caller("127.0.0.1")).check())
                .isEqualTo(SignatureCheck.BAD_SIGNATURE);
        assertThat(authenticator.authenticate(signedForOne, caller("127.0.0.1")).check())
                .isEqualTo(SignatureCheck.VALID_CURRENT);
    }

    private SignatureCheck check(PartnerAuthenticator authenticator, String secret, String nonce) {
        return check(authenticator, secret, nonce, NOW.getEpochSecond());
    }

    private SignatureCheck check(PartnerAuthenticator authenticator, String secret, String nonce, long timestamp) {
        return authenticator
                .authenticate(signed(secret, nonce, timestamp), caller("127.0.0.1"))
                .check();
    }

    private static SignedCall signed(String secret, String nonce, long timestamp) {
        byte[] message = HmacSignatures.headerMessage(
                Long.toString(timestamp), nonce, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        return new SignedCall(
                SignatureScheme.V1,
                "key-0001",
                Long.toString(timestamp),
                nonce,
                HmacSignatures.hex(Secret.of(secret), message),
                null,
                message);
    }

    private static SignedCall withKey(SignedCall call, String keyId) {
        return new SignedCall(
                call.scheme(), keyId, call.timestamp(), call.nonce(), call.signatureHex(), null, call.signedMessage());
    }

    /** A caller at the address; local by the strict rule when it is a loopback address (no proxy involved). */
    private static Caller caller(String address) {
        return new Caller(address, address.startsWith("127."));
    }

    private PartnerAuthenticator authenticator(PartnerSettings partner) {
        PartnerRegistry registry = new PartnerRegistry(List.of(partner));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new PartnerAuthenticator(
                registry,
                new PartnerRateLimiters(new InMemoryPartnerRateWindowRepository(), clock),
                new FailedCallLimiter(1_000_000, Duration.ofMinutes(1), clock),
                new InMemoryPartnerNonceRepository(),
                properties,
                clock);
    }

    private static PartnerSettings partner(String secret, String previous, int requestsPerSecond) {
        return partner(secret, previous, requestsPerSecond, null);
    }

    private static PartnerSettings partner(
            String secret, String previous, int requestsPerSecond, LocalDate signatureV1Until) {
        return new PartnerSettings(
                "shop",
                "AEGMALL_SHOP",
                "key-0001",
                Secret.of(secret),
                Secret.ofNullable(previous),
                List.of(IpRange.parse("127.0.0.1/32")),
                false,
                null,
                signatureV1Until,
                new PartnerLimits(requestsPerSecond, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN));
    }

    private static SignedCall signedVersion2(String secret, String nonce, String pathAndQuery) {
        String timestamp = Long.toString(NOW.getEpochSecond());
        byte[] message = HmacSignatures.version2Message(
                "POST", pathAndQuery, timestamp, nonce, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        return new SignedCall(
                SignatureScheme.V2,
                "key-0001",
                timestamp,
                nonce,
                HmacSignatures.hex(Secret.of(secret), message),
                null,
                message);
    }
}
