package com.aeghash.security.internal;

import com.aeghash.security.MemberScope;
import com.aeghash.security.Role;
import com.aeghash.security.internal.tokens.ServiceTokenAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What a caller limited by its credentials may reach, before the endpoints' own role rules are asked:
 * <ul>
 *   <li>a member JWT: only {@link #MEMBER_PATHS} whose {@code {memberId}} (or {@code memberId} parameter) is the
 *       token's subject; endpoints that name the member elsewhere check it with {@link MemberScope};
 *   <li>a service token: with {@code MEMBER_APP} the reads of {@link #MEMBER_PATHS} and
 *       {@link #MEMBER_APP_SERVICE_READS} (changes for a member need that member's JWT), nothing else here;
 *   <li>anyone whose only role is {@code MONITORING}: nothing here.
 * </ul>
 * The metrics ({@link #MONITORING_PATHS}) are decided before this rule, for {@code MONITORING} and {@code ADMIN}
 * ({@code SecurityConfiguration}); everything else by the endpoints' {@code @PreAuthorize} as for any operator.
 */
final class BearerAccessRules implements AuthorizationManager<RequestAuthorizationContext> {

    /** Metrics: MONITORING (and ADMIN, who runs the installation). */
    static final String[] MONITORING_PATHS = {"/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**"};

    /**
     * The member app's paths for one member. A path with {@code {memberId}} is allowed to a member JWT of that
     * member; {@code /api/v1/withdrawals} lists only with {@code memberId} equal to the subject; the withdrawal
     * request and the paths by withdrawal id check the withdrawal's member in the withdrawal module, the explanation of
     * a bonus entry its beneficiary in the bonus module.
     */
    static final List<MemberPath> MEMBER_PATHS = List.of(
            MemberPath.of(HttpMethod.GET, "/api/v1/members/{memberId}"),
            MemberPath.of(HttpMethod.GET, "/api/v1/members/{memberId}/balances"),
            MemberPath.of(HttpMethod.GET, "/api/v1/members/{memberId}/statement"),
            MemberPath.of(HttpMethod.GET, "/api/v1/members/{memberId}/rank"),
            MemberPath.of(HttpMethod.GET, "/api/v1/members/{memberId}/bonus-entries"),
            MemberPath.of(HttpMethod.GET, "/api/v1/bonus/entries/{id}"),
            MemberPath.of(HttpMethod.GET, "/api/v1/members/{memberId}/bonus-debt"),
            MemberPath.of(HttpMethod.GET, "/api/v1/members/{memberId}/organization"),
            MemberPath.of(HttpMethod.GET, "/api/v1/members/{memberId}/wallet"),
            MemberPath.of(HttpMethod.GET, "/api/v1/members/{memberId}/wallet/balance"),
            MemberPath.of(HttpMethod.GET, "/api/v1/members/{memberId}/wallet/transactions"),
            MemberPath.of(HttpMethod.POST, "/api/v1/members/{memberId}/wallet"),
            MemberPath.of(HttpMethod.POST, "/api/v1/members/{memberId}/wallet/transfers"),
            MemberPath.of(HttpMethod.POST, "/api/v1/members/{memberId}/wallet/transits"),
            MemberPath.of(HttpMethod.GET, "/api/v1/members/{memberId}/withdrawal-addresses"),
            MemberPath.of(HttpMethod.POST, "/api/v1/members/{memberId}/withdrawal-addresses"),
            MemberPath.of(HttpMethod.DELETE, "/api/v1/members/{memberId}/withdrawal-addresses/{addressId}"),
            MemberPath.of(HttpMethod.GET, "/api/v1/withdrawals"),
            MemberPath.of(HttpMethod.POST, "/api/v1/withdrawals"),
            MemberPath.of(HttpMethod.GET, "/api/v1/withdrawals/{id}"),
            MemberPath.of(HttpMethod.POST, "/api/v1/withdrawals/{id}/cancellation"));

    /**
     * Reads a {@code MEMBER_APP} service token makes for no member in particular: the member lookup by referral code
     * ({@code GET /api/v1/members?referralCode=}) of the sign-up page, before the new member has a token.
     */
    static final List<MemberPath> MEMBER_APP_SERVICE_READS = List.of(MemberPath.of(HttpMethod.GET, "/api/v1/members"));

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        if (caller == null || !caller.isAuthenticated()) {
            return new AuthorizationDecision(false);
        }
        HttpServletRequest request = context.getRequest();
        Optional<String> member = MemberScope.memberOf(caller);
        if (member.isPresent()) {
            return new AuthorizationDecision(memberMayReach(member.get(), request));
        }
        Set<String> roles = roles(caller);
        if (caller instanceof ServiceTokenAuthentication) {
            return new AuthorizationDecision(roles.contains(Role.MEMBER_APP.name()) && memberAppReads(request));
        }
        return new AuthorizationDecision(!roles.equals(Set.of(Role.MONITORING.name())));
    }

    private static boolean memberMayReach(String memberId, HttpServletRequest request) {
        for (MemberPath path : MEMBER_PATHS) {
            Optional<Map<String, String>> variables = path.match(request);
            if (variables.isPresent()) {
                String named = variables.get().getOrDefault("memberId", request.getParameter("memberId"));
                boolean namesNoMember = named == null && !path.listsByParameter();
                return namesNoMember || memberId.equals(named);
            }
        }
        return false;
    }

    private static boolean memberAppReads(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod())
                && Stream.concat(MEMBER_PATHS.stream(), MEMBER_APP_SERVICE_READS.stream())
                        .anyMatch(path -> path.match(request).isPresent());
    }

    private static Set<String> roles(Authentication caller) {
        return caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .collect(Collectors.toSet());
    }

    /** One allowed method and path pattern. */
    record MemberPath(HttpMethod method, String pattern, PathPatternRequestMatcher matcher) {

        static MemberPath of(HttpMethod method, String pattern) {
            return new MemberPath(
                    method, pattern, PathPatternRequestMatcher.withDefaults().matcher(method, pattern));
        }

        Optional<Map<String, String>> match(HttpServletRequest request) {
            RequestMatcher.MatchResult result = matcher.matcher(request);
            return result.isMatch() ? Optional.of(result.getVariables()) : Optional.empty();
        }

        /** The list of withdrawals names its member in the {@code memberId} parameter, which a member JWT must give. */
        boolean listsByParameter() {
            return method == HttpMethod.GET && pattern.equals("/api/v1/withdrawals");
        }
    }
}
