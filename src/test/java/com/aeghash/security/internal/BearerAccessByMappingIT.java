package com.aeghash.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.MemberJwts;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint, enumerated from the request mappings (not a hand list): a member JWT of member A is refused every
 * endpoint that names member B, and a MEMBER_APP token (service token or member JWT) every operator endpoint, i.e.
 * every endpoint outside the member app's paths ({@link BearerAccessRules#MEMBER_PATHS}; for the service token also
 * {@link BearerAccessRules#MEMBER_APP_SERVICE_READS}) that is not open to all.
 */
@IntegrationTest
class BearerAccessByMappingIT {

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");
    private static final AntPathMatcher OPEN = new AntPathMatcher();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final String memberA = TestIds.member();
    private final String memberB = TestIds.member();
    private String serviceToken;

    @BeforeEach
    void memberAppServiceToken() {
        serviceToken = ApiClient.admin(port)
                .post("/api/v1/service-tokens", "{\"name\":\"app\",\"roles\":[\"MEMBER_APP\"]}")
                .json()
                .path("token")
                .asString();
        TestSecrets.register(serviceToken);
    }

    @Test
    void aMemberTokenOfOneMemberIsRefusedEveryEndpointOfAnother() {
        ApiClient memberApp = ApiClient.bearer(port, MemberJwts.forMember(memberA));
        List<Endpoint> ofMembers = endpoints().stream()
                .filter(endpoint -> endpoint.pattern().contains("{memberId}"))
                .toList();

        assertThat(ofMembers).hasSizeGreaterThan(15);
        for (Endpoint endpoint : ofMembers) {
            ApiClient.Response answer = memberApp.send(endpoint.method(), endpoint.path(memberB), "{}");
            assertThat(answer.status()).as(endpoint + " " + answer.body()).isEqualTo(403);
        }
    }

    @Test
    void memberAppTokensAreRefusedEveryOperatorEndpoint() {
        ApiClient memberJwt = ApiClient.bearer(port, MemberJwts.forMember(memberA));
        ApiClient memberAppToken = ApiClient.bearer(port, serviceToken);
        List<Endpoint> operatorEndpoints =
                endpoints().stream().filter(endpoint -> !endpoint.memberApps()).toList();

        assertThat(operatorEndpoints).hasSizeGreaterThan(40);
        for (Endpoint endpoint : operatorEndpoints) {
            ApiClient.Response answer = memberJwt.send(endpoint.method(), endpoint.path(memberA), "{}");
            assertThat(answer.status()).as(endpoint + " " + answer.body()).isEqualTo(403);
            if (!endpoint.memberAppServiceRead()) {
                answer = memberAppToken.send(endpoint.method(), endpoint.path(memberA), "{}");
                assertThat(answer.status()).as(endpoint + " " + answer.body()).isEqualTo(403);
            }
        }
    }

    @Test
    void aMemberAppServiceTokenChangesNothingForAMember() {
        ApiClient memberApp = ApiClient.bearer(port, serviceToken);
        List<Endpoint> changes = endpoints().stream()
                .filter(endpoint -> endpoint.memberApps() && !endpoint.method().equals("GET"))
                .toList();

        assertThat(changes).isNotEmpty();
        for (Endpoint endpoint : changes) {
            ApiClient.Response answer = memberApp.send(endpoint.method(), endpoint.path(memberA), "{}");
            assertThat(answer.status()).as(endpoint + " " + answer.body()).isEqualTo(403);
        }
    }

    /** Every method and path of every mapping, except the paths open to everyone. */
    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (open(pattern)) {
                    continue;
                }
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint("GET", pattern));
                }
                methods.forEach(method -> endpoints.add(new Endpoint(method.name(), pattern)));
            }
        }
        return endpoints;
    }

    private static boolean open(String pattern) {
        String path = VARIABLE.matcher(pattern).replaceAll("x");
        return List.of(SecurityConfiguration.OPEN_PATHS).stream().anyMatch(open -> OPEN.match(open, path))
                || List.of(SecurityConfiguration.API_DOCUMENT_PATHS).stream().anyMatch(open -> OPEN.match(open, path));
    }

    record Endpoint(String method, String pattern) {

        String path(String memberId) {
            return VARIABLE.matcher(pattern.replace("{memberId}", memberId)).replaceAll("1");
        }

        /** One of the member app's paths ({@link BearerAccessRules#MEMBER_PATHS}). */
        boolean memberApps() {
            return listed(BearerAccessRules.MEMBER_PATHS);
        }

        /** A read of the member app's service token for no member ({@link BearerAccessRules#MEMBER_APP_SERVICE_READS}). */
        boolean memberAppServiceRead() {
            return listed(BearerAccessRules.MEMBER_APP_SERVICE_READS);
        }

        private boolean listed(List<BearerAccessRules.MemberPath> paths) {
            return paths.stream()
                    .anyMatch(path -> path.method().equals(HttpMethod.valueOf(method))
                            && path.pattern().equals(pattern));
        }
    }
}
