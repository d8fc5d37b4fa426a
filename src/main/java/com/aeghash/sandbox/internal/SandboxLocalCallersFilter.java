package com.aeghash.sandbox.internal;

import com.aeghash.common.web.LocalCallers;
import com.aeghash.common.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything under {@code /sandbox/} (the simulated vendors, which post to callback URLs and hold funded wallets, and
 * their fault and faucet tools) answers callers on this machine only ({@link LocalCallers}); anyone else gets a 403
 * {@code sandbox_local_callers_only} before authentication or any simulator runs. The vendor clients call the
 * simulators on 127.0.0.1, so the service itself is never refused.
 */
class SandboxLocalCallersFilter extends OncePerRequestFilter {

    static final String CODE = "sandbox_local_callers_only";
    private final JsonMapper json;

    SandboxLocalCallersFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (LocalCallers.isLocal(request)) {
            chain.doFilter(request, response);
            return;
        }
        var problem = Problems.problem(
                HttpStatus.FORBIDDEN,
                CODE,
                "the sandbox answers callers on this machine only (127.0.0.0/8, ::1, not relayed by a proxy)",
                null);
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType("application/problem+json");
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
