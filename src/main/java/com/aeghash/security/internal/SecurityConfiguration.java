package com.aeghash.security.internal;

import com.aeghash.common.web.Problems;
import com.aeghash.security.MemberTokenProperties;
import com.aeghash.security.Role;
import com.aeghash.security.SecurityProperties;
import com.aeghash.security.SessionLifetimeProperties;
import com.aeghash.security.WebSecurityProperties;
import com.aeghash.security.internal.tokens.BearerCredentialsProvider;
import com.aeghash.security.internal.tokens.ServiceTokenService;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every path needs an authenticated operator except the ones opened here on purpose: health, API docs (when
 * published, {@link WebSecurityProperties}),
 * vendor callbacks (authenticated by their own token), the partner API (HMAC signatures) and the simulated
 * vendor endpoints (API-key checks of the simulated vendor). API clients get 401/403 problem JSON; people
 * in a browser are sent to the login form.
 *
 * <p>Two ways to authenticate, never mixed, each with its own filter chain:
 * <ul>
 *   <li>a request carrying an {@code Authorization} header (HTTP Basic of service clients today, bearer tokens
 *       later) is judged by that header alone ({@link #headerCredentials}): stateless, the session is neither read
 *       nor created, so a session cookie sent along never counts and a wrong header is a 401 even with a valid
 *       cookie. A page of another site cannot make a browser add such a header, so no CSRF token is asked; the one
 *       exception, credentials a browser remembers from a Basic prompt, is refused when the browser says the
 *       request comes from another site ({@link CrossSiteCredentialsFilter});
 *   <li>every other request ({@link #sessionCredentials}) is judged by the session of the form login, whose cookie
 *       a browser attaches to whatever any page sends: every state-changing request needs the CSRF token of a
 *       console page, on the JSON API ({@code /api/**}) as on the console (the console's htmx requests send it),
 *       except the machine endpoints that authenticate by their own means ({@link #OWN_AUTHENTICATION_PATHS}).
 * </ul>
 *
 * <p>Both chains check passwords through one provider behind the sign-in throttle ({@link #operatorSignIn}); a
 * throttled Basic call is a 429 problem with {@code Retry-After}, a throttled form sign-in goes back to
 * {@code /login?throttled}. Sessions live in the database (Spring Session JDBC, {@link OperatorSessions}) and end
 * {@code aeghash.security.session.absolute-timeout} after sign-in ({@link SessionLifetimeFilter}); a session whose
 * operator is gone, disabled or has other roles ends at its next request ({@link SessionOperatorFilter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] OPEN_PATHS = {
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/api/v1/callbacks/**",
        "/api/aegmall/**",
        "/api/from",
        "/api/from/",
        "/sandbox/mblock/bsc",
        "/sandbox/hashdam/v1",
        "/sandbox/webhooks/inbox",
        "/login",
        "/error",
        "/css/**",
        "/js/**",
        "/webjars/**",
        "/favicon.ico"
    };

    /**
     * The OpenAPI document and the Swagger UI: open only while {@link WebSecurityProperties#apiDocsOpen()}; switched
     * on for operators only, they need a sign-in like every other path (switched off, they do not exist).
     */
    static final String[] API_DOCUMENT_PATHS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"
    };

    /**
     * Machine endpoints that authenticate by their own means (HMAC signatures, callback tokens, the simulated
     * vendors' keys) and never by the session: a browser's cookie lends them nothing, so no CSRF token is asked.
     */
    static final String[] OWN_AUTHENTICATION_PATHS = {
        "/api/v1/callbacks/**",
        "/api/aegmall/**",
        "/api/from",
        "/api/from/",
        "/sandbox/mblock/bsc",
        "/sandbox/hashdam/v1",
        "/sandbox/webhooks/inbox"
    };

    /** Methods that change nothing (Spring Security's default list), never asked for a token. */
    private static final Set<String> CSRF_SAFE_METHODS = Set.of("GET", "HEAD", "TRACE", "OPTIONS");

    @Bean
    @Order(1)
    SecurityFilterChain headerCredentials(
            HttpSecurity http,
            JsonMapper json,
            WebSecurityProperties web,
            ServiceTokenService serviceTokens,
            MemberTokenProperties memberTokens,
            Clock clock)
            throws Exception {
        AuthenticationEntryPoint entryPoint = problemEntryPoint(json);
        AuthenticationManager bearer =
                new ProviderManager(new BearerCredentialsProvider(serviceTokens, memberTokens, clock));
        http.securityMatcher(SecurityConfiguration::carriesAuthorization)
                .authorizeHttpRequests(requests -> openPathsOnly(requests, web))
                .headers(headers -> ResponseHeaders.apply(headers, web))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationManagerResolver(request -> bearer)
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(problemAccessDenied(json)))
                .addFilterBefore(new CrossSiteCredentialsFilter(json), BasicAuthenticationFilter.class)
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(problemAccessDenied(json)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain sessionCredentials(
            HttpSecurity http,
            JsonMapper json,
            WebSecurityProperties web,
            SessionLifetimeProperties lifetime,
            Clock clock,
            OperatorRepository operators)
            throws Exception {
        SessionLifetimeFilter sessionLifetime = new SessionLifetimeFilter(lifetime, clock);
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        AuthenticationEntryPoint apiEntryPoint = problemEntryPoint(json);
        http.authorizeHttpRequests(requests -> openPathsOnly(requests, web))
                .headers(headers -> ResponseHeaders.apply(headers, web))
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/console", false)
                        .failureHandler(signInFailures())
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(session -> session.addSessionAuthenticationStrategy(sessionLifetime.recordSignIn()))
                .addFilterBefore(sessionLifetime, SecurityContextHolderFilter.class)
                .addFilterAfter(new SessionOperatorFilter(operators), SecurityContextHolderFilter.class)
                .requestCache(cache -> cache.requestCache(browserOnlyRequestCache(api)))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(needsCsrfToken())
                        .ignoringRequestMatchers(OWN_AUTHENTICATION_PATHS))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(apiEntryPoint, api)
                        .defaultAuthenticationEntryPointFor(
                                apiEntryPoint,
                                PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"))
                        .defaultAuthenticationEntryPointFor(
                                apiEntryPoint,
                                PathPatternRequestMatcher.withDefaults().matcher("/sandbox/**"))
                        .defaultAuthenticationEntryPointFor(
                                apiEntryPoint,
                                PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs/**"))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler(problemAccessDenied(json)));
        return http.build();
    }

    /**
     * A state-changing request needs the token whenever it names a session (the cookie is what another site's page
     * can make a browser send), and always on the console's pages and forms (also the sign-in, against login CSRF).
     * A request to a machine path that names no session carries no credentials at all: authentication answers it
     * (401), as it did before the API asked for tokens.
     */
    private static RequestMatcher needsCsrfToken() {
        RequestMatcher machinePaths = new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/sandbox/**"));
        return request -> !CSRF_SAFE_METHODS.contains(request.getMethod())
                && (request.getRequestedSessionId() != null || !machinePaths.matches(request));
    }

    /** Any scheme: a request that names credentials of its own is never judged by the session it may also carry. */
    static boolean carriesAuthorization(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    private static void openPathsOnly(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
            WebSecurityProperties web) {
        requests.requestMatchers(OPEN_PATHS).permitAll();
        if (web.apiDocsOpen()) {
            requests.requestMatchers(API_DOCUMENT_PATHS).permitAll();
        }
        requests.requestMatchers(BearerAccessRules.MONITORING_PATHS)
                .hasAnyRole(Role.MONITORING.name(), Role.ADMIN.name());
        requests.anyRequest()
                .access(AuthorizationManagers.allOf(
                        AuthenticatedAuthorizationManager.authenticated(), new BearerAccessRules()));
    }

    /** Remembers the page a browser wanted before login; API calls never create a session for that. */
    private static HttpSessionRequestCache browserOnlyRequestCache(RequestMatcher api) {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new NegatedRequestMatcher(new OrRequestMatcher(
                api,
                PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/sandbox/**"))));
        return cache;
    }

    @Bean
    PasswordEncoder passwordEncoder(SecurityProperties properties) {
        return new BCryptPasswordEncoder(properties.bcryptStrength());
    }

    /** The one password check of both chains (form and Basic), behind the sign-in throttle. */
    @Bean
    AuthenticationProvider operatorSignIn(
            OperatorDetailsService operatorDetails,
            PasswordEncoder passwordEncoder,
            SignInThrottle throttle,
            OperatorRepository operators) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(operatorDetails);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, throttle, operators);
    }

    /** An operator's current password, checked as a sign-in is (throttled and counted) before they change it. */
    @Bean
    CurrentPasswords currentPasswords(AuthenticationProvider operatorSignIn) {
        return new CurrentPasswords(operatorSignIn);
    }

    /**
     * A failed form sign-in goes back to the form: {@code ?throttled} when it was refused unchecked (the page says to
     * try later, the same for every user name, known or not), {@code ?error} otherwise.
     */
    private static AuthenticationFailureHandler signInFailures() {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(SignInThrottledException.class.getName(), "/login?throttled"));
        return failures;
    }

    private static AuthenticationEntryPoint problemEntryPoint(JsonMapper json) {
        return (request, response, failure) -> {
            if (failure instanceof SignInThrottledException throttled) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
                Problems.write(
                        response,
                        json,
                        Problems.problem(
                                HttpStatus.TOO_MANY_REQUESTS,
                                SignInThrottledException.CODE,
                                SignInThrottledException.DETAIL,
                                null));
                return;
            }
            response.setHeader(
                    "WWW-Authenticate",
                    failure instanceof OAuth2AuthenticationException
                            ? "Bearer error=\"invalid_token\""
                            : "Basic realm=\"aeghash\"");
            Problems.write(
                    response,
                    json,
                    Problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", "authentication is required", null));
        };
    }

    private static AccessDeniedHandler problemAccessDenied(JsonMapper json) {
        return (request, response, denied) -> Problems.write(
                response,
                json,
                denied instanceof CsrfException
                        ? Problems.problem(
                                HttpStatus.FORBIDDEN,
                                "csrf_token_invalid",
                                "a request signed in by the session cookie needs the CSRF token of a console page "
                                        + "(header X-CSRF-TOKEN); service clients send credentials in the "
                                        + "Authorization header instead",
                                null)
                        : Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "your roles do not allow this", null));
    }
}
