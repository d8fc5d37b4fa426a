package com.aeghash.security.internal.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.MemberJwts;
import com.aeghash.testsupport.TestIds;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Member JWTs: verified as the sandbox member app signs them; anything else about them is a 401. */
@IntegrationTest
class MemberTokenIT {

    private static final Map<String, Object> RS256 = Map.of("alg", "RS256", "typ", "JWT");

    @LocalServerPort
    int port;

    private final String member = TestIds.member();

    @Test
    void aMemberTokenReadsItsOwnMembersBalancesAndIsRefusedAnotherMembers() {
        ApiClient app = ApiClient.bearer(port, MemberJwts.forMember(member));

        assertThat(app.get("/api/v1/members/" + member + "/balances").status()).isEqualTo(200);
        ApiClient.Response other = app.get("/api/v1/members/" + TestIds.member() + "/balances");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json().path("code").asString()).isEqualTo("forbidden");
    }

    @Test
    void theTokenOfTheScriptIsAccepted() {
        assertThat(ApiClient.bearer(port, MemberJwts.forMember(member))
                        .get("/api/v1/withdrawals?memberId=" + member)
                        .status())
                .isEqualTo(200);
        assertThat(ApiClient.bearer(port, MemberJwts.forMember(member))
                        .get("/api/v1/withdrawals")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void wrongIssuerAudienceOrSubjectIs401() {
        assertRefused(claims -> claims.put("iss", "someone-else"));
        assertRefused(claims -> claims.put("aud", "another-service"));
        assertRefused(claims -> claims.put("aud", List.of("another-service")));
        assertRefused(claims -> claims.remove("aud"));
        assertRefused(claims -> claims.put("sub", "../" + member));
        assertRefused(claims -> claims.remove("sub"));
    }

    @Test
    void expiredLongLivedOrUndatedTokensAre401() {
        Instant now = Instant.now();
        assertRefused(claims -> claims.putAll(MemberJwts.claims(member, now.minusSeconds(1200), 600)));
        assertRefused(claims -> claims.putAll(MemberJwts.claims(member, now, 16 * 60)));
        assertRefused(claims -> claims.putAll(MemberJwts.claims(member, now.plusSeconds(86400), 600)));
        assertRefused(claims -> claims.remove("exp"));
        assertRefused(claims -> {
            claims.remove("iat");
            claims.put("exp", now.plusSeconds(16 * 60).getEpochSecond());
        });
    }

    @Test
    void aForeignSignatureNoSignatureOrAnotherAlgorithmIs401() {
        Map<String, Object> claims = MemberJwts.claims(member, Instant.now(), 600);
        String path = "/api/v1/members/" + member + "/balances";

        String foreign =
                MemberJwts.sign(RS256, claims, MemberJwts.otherKeyPair().getPrivate());
        String none = MemberJwts.sign(Map.of("alg", "none", "typ", "JWT"), claims, null);
        String hmacHeader = MemberJwts.sign(Map.of("alg", "HS256", "typ", "JWT"), claims, MemberJwts.sandboxKey());
        String valid = MemberJwts.sign(RS256, claims, MemberJwts.sandboxKey());
        String tampered =
                valid.substring(0, valid.lastIndexOf('.') - 2) + "AA" + valid.substring(valid.lastIndexOf('.'));

        for (String token : List.of(foreign, none, hmacHeader, tampered)) {
            assertThat(ApiClient.bearer(port, token).get(path).status()).isEqualTo(401);
        }
        assertThat(ApiClient.bearer(port, valid).get(path).status()).isEqualTo(200);
    }

    private void assertRefused(Consumer<Map<String, Object>> change) {
        Map<String, Object> claims = new HashMap<>(MemberJwts.claims(member, Instant.now(), 600));
        change.accept(claims);
        String token = MemberJwts.sign(RS256, claims, MemberJwts.sandboxKey());
        ApiClient.Response refused = ApiClient.bearer(port, token).get("/api/v1/members/" + member + "/balances");
        assertThat(refused.status()).as(claims.toString()).isEqualTo(401);
        assertThat(refused.json().path("code").asString()).isEqualTo("unauthorized");
    }
}
