package com.aeghash.security.internal;

import com.aeghash.common.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses credentials in the {@code Authorization} header that a browser sent on behalf of another site. A browser
 * that once answered this server's Basic prompt adds those credentials to every request to it, also to a form a
 * page of another site submits: the same confused deputy as a session cookie, without a CSRF token to stop it. A
 * browser names where a request comes from in {@code Sec-Fetch-Site} (Fetch Metadata); service clients send no such
 * header and pass. {@code same-site} is refused too: a page of a sibling subdomain is another application.
 */
class CrossSiteCredentialsFilter extends OncePerRequestFilter {

    static final String FETCH_SITE_HEADER = "Sec-Fetch-Site";
    /** The request was started by this server's own pages, or by the person (address bar, bookmark). */
    private static final Set<String> OWN_ORIGINS = Set.of("same-origin", "none");

    private final JsonMapper json;

    CrossSiteCredentialsFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String site = request.getHeader(FETCH_SITE_HEADER);
        if (site != null && !OWN_ORIGINS.contains(site)) {
            Problems.write(
                    response,
                    json,
                    Problems.problem(
                            HttpStatus.FORBIDDEN,
                            "cross_site_request",
                            "credentials a browser sent from another site's page are not accepted",
                            null));
            return;
        }
        chain.doFilter(request, response);
    }
}
