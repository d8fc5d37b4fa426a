import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/**
 * Prints a member JWT for the sandbox (development only): RS256, signed with scripts/sandbox-member-app-key.pem,
 * issuer sandbox-member-app, audience aeghash, valid for 10 minutes. Run by ./scripts/member-token.
 */
public class MemberToken {

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !args[1].matches("^[A-Za-z0-9][A-Za-z0-9._-]{0,56}$")) {
            System.err.println("usage: member-token <memberId>");
            System.exit(2);
        }
        String pem = Files.readString(Path.of(args[0]), StandardCharsets.US_ASCII);
        String body = pem.substring(pem.indexOf("-----BEGIN PRIVATE KEY-----") + 27, pem.indexOf("-----END PRIVATE KEY-----"))
                .replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"sandbox-member-app\",\"aud\":\"aeghash\",\"sub\":\"" + args[1] + "\",\"iat\":" + now
                + ",\"exp\":" + (now + 600) + "}";
        String signingInput = base64(header.getBytes(StandardCharsets.UTF_8)) + "." + base64(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        System.out.println(signingInput + "." + base64(rsa.sign()));
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
