package com.aeghash.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Member JWTs for tests, signed as the sandbox member app signs them (scripts/sandbox-member-app-key.pem, the published
 * development key the sandbox profile trusts) or with any other key, with claims of the test's choice. Every token made
 * is registered with {@link TestSecrets}, so the log scan looks for it.
 */
public final class MemberJwts {

    public static final String ISSUER = "sandbox-member-app";
    private static final Path SANDBOX_KEY = Path.of("scripts", "sandbox-member-app-key.pem");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MemberJwts() {}

    /** A valid member token of the member: 10 minutes, the sandbox issuer, audience aeghash. */
    public static String forMember(String memberId) {
        return sign(Map.of("alg", "RS256", "typ", "JWT"), claims(memberId, Instant.now(), 600), sandboxKey());
    }

    /** The standard claims of a member token issued at {@code issuedAt} for {@code seconds}. */
    public static Map<String, Object> claims(String memberId, Instant issuedAt, long seconds) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", "aeghash");
        claims.put("sub", memberId);
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", issuedAt.getEpochSecond() + seconds);
        return claims;
    }

    /** Header and claims as given, signed RS256 with the key; {@code key} null leaves the signature empty. */
    public static String sign(Map<String, Object> header, Map<String, Object> claims, PrivateKey key) {
        String input = base64(JSON.writeValueAsBytes(header)) + "." + base64(JSON.writeValueAsBytes(claims));
        String token = input + "." + (key == null ? "" : base64(rs256(input, key)));
        TestSecrets.register(token);
        return token;
    }

    public static PrivateKey sandboxKey() {
        try {
            String pem = Files.readString(SANDBOX_KEY, StandardCharsets.US_ASCII);
            String body = pem.substring(
                            pem.indexOf("-----BEGIN PRIVATE KEY-----") + "-----BEGIN PRIVATE KEY-----".length(),
                            pem.indexOf("-----END PRIVATE KEY-----"))
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A key pair nobody trusts. */
    public static KeyPair otherKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] rs256(String input, PrivateKey key) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return rsa.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
