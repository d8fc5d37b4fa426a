package com.aeghash.common.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.DataBindingMethodResolver;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Decides an access rule outside {@code @PreAuthorize}. A rule is the Spring Security expression a module owns as a
 * constant ({@code AuditLog.READERS = "hasRole('ADMIN')"}) and puts on its REST endpoints; the console's role table
 * and the API's address masking ask this class about the same constant, so the rule is written once and holds in
 * both places. Only role and authority checks of the signed-in caller ({@code hasRole}, {@code hasAnyRole},
 * {@code hasAuthority}, ...) are evaluated: no beans, no types, no arguments.
 */
public final class AccessRules {

    private static final SpelExpressionParser PARSER = new SpelExpressionParser();
    /** Rules are constants of the code, so this holds a handful of entries. */
    private static final Map<String, Expression> PARSED = new ConcurrentHashMap<>();

    private AccessRules() {}

    /** Whether the caller satisfies the rule; nobody signed in (or an anonymous caller) never does. */
    public static boolean allows(String rule, Authentication caller) {
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            return false;
        }
        SecurityExpressionRoot<Object> root = new SecurityExpressionRoot<>(() -> caller) {};
        EvaluationContext context = SimpleEvaluationContext.forReadOnlyDataBinding()
                .withMethodResolvers(DataBindingMethodResolver.forInstanceMethodInvocation())
                .withRootObject(root)
                .build();
        Boolean allowed = PARSED.computeIfAbsent(rule, PARSER::parseExpression).getValue(context, Boolean.class);
        return Boolean.TRUE.equals(allowed);
    }

    /** Whether someone holding exactly these roles ({@code ADMIN}, not {@code ROLE_ADMIN}) satisfies the rule. */
    public static boolean allowsRoles(String rule, Collection<String> roles) {
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return allows(rule, UsernamePasswordAuthenticationToken.authenticated("rule-check", null, authorities));
    }
}
