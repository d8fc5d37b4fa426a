package com.aeghash.security.internal;

import com.aeghash.common.web.Problems;
import com.aeghash.security.SecurityProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every path needs an authenticated operator except the ones opened here on purpose: health, API docs,
 * vendor callbacks (authenticated by their own token), the partner API (HMAC signatures) and the simulated
 * vendor endpoints (API-key checks of the simulated vendor). API clients get 401/403 problem JSON; people
 * in a browser are sent to the login form.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] OPEN_PATHS = {
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/api/v1/callbacks/**",
        "/api/aegmall/**",
        "/api/from",
        "/api/from/",
        "/sandbox/mblock/bsc",
        "/sandbox/hashdam/v1",
        "/login",
        "/error",
        "/css/**",
        "/js/**",
        "/webjars/**",
        "/favicon.ico"
    };

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, JsonMapper json) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        AuthenticationEntryPoint apiEntryPoint = problemEntryPoint(json);
        http.authorizeHttpRequests(requests -> requests.requestMatchers(OPEN_PATHS)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint))
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/console", false)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .requestCache(cache -> cache.requestCache(browserOnlyRequestCache(api)))
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        api,
                        PathPatternRequestMatcher.withDefaults().matcher("/sandbox/**"),
                        PathPatternRequestMatcher.withDefaults().matcher("/actuator/**")))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(apiEntryPoint, api)
                        .defaultAuthenticationEntryPointFor(
                                apiEntryPoint,
                                PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"))
                        .defaultAuthenticationEntryPointFor(
                                apiEntryPoint,
                                PathPatternRequestMatcher.withDefaults().matcher("/sandbox/**"))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler(problemAccessDenied(json)));
        return http.build();
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

    private static AuthenticationEntryPoint problemEntryPoint(JsonMapper json) {
        return (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"aeghash\"");
            write(
                    response,
                    json,
                    Problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", "authentication is required", null));
        };
    }

    private static AccessDeniedHandler problemAccessDenied(JsonMapper json) {
        return (request, response, denied) -> write(
                response,
                json,
                Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "your roles do not allow this", null));
    }

    private static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType("application/problem+json");
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
