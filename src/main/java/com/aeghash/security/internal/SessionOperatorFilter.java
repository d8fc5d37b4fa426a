package com.aeghash.security.internal;

import com.aeghash.security.Operator;
import com.aeghash.security.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks on every request of a signed-in session that its operator still exists, is enabled and has the roles the
 * session was signed in with; otherwise the session ends there and the request goes on without it. Ending the
 * sessions in the transaction of an access change ({@link OperatorSessions}) is the rule; this check covers what that
 * cannot: a sign-in that read the operator just before the change committed and wrote its session just after it.
 * It costs one read of the operator per console request; requests with credentials in the header never reach it.
 */
class SessionOperatorFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionOperatorFilter.class);
    private static final String ROLE_PREFIX = "ROLE_";

    private final OperatorRepository operators;

    SessionOperatorFilter(OperatorRepository operators) {
        this.operators = operators;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && signedIn != null && signedIn.isAuthenticated() && !stillValid(signedIn)) {
            log.info("Ended a session of operator {}: the operator or their roles changed", signedIn.getName());
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(Authentication signedIn) {
        Set<String> sessionRoles = signedIn.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(ROLE_PREFIX))
                .collect(Collectors.toSet());
        return operators
                .find(signedIn.getName())
                .map(OperatorRepository.StoredOperator::operator)
                .filter(Operator::enabled)
                .map(operator -> operator.roles().stream().map(Role::authority).collect(Collectors.toSet()))
                .filter(sessionRoles::equals)
                .isPresent();
    }
}
