package com.aeghash.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a query string that does not decode (a {@code %} without two hex digits after it, or bytes that are not
 * UTF-8, such as {@code ?x=%FF}) with a 400 {@code malformed_query}, before anything reads a parameter: first in
 * the chain, ahead of the security filters, so open paths (callbacks, the partner API) get the same answer and
 * the servlet container's decoding failure never becomes a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class QueryEncodingFilter extends OncePerRequestFilter {

    private final JsonMapper json;

    QueryEncodingFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && !decodes(query)) {
            Problems.write(
                    response,
                    json,
                    Problems.problem(
                            HttpStatus.BAD_REQUEST,
                            "malformed_query",
                            "the query string is not valid percent-encoded UTF-8",
                            null));
            return;
        }
        chain.doFilter(request, response);
    }

    /** True when every {@code %} is followed by two hex digits and the decoded bytes are UTF-8. */
    static boolean decodes(String query) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
        for (int index = 0; index < query.length(); index++) {
            char next = query.charAt(index);
            if (next == '%') {
                if (index + 2 >= query.length()) {
                    return false;
                }
                int high = Character.digit(query.charAt(index + 1), 16);
                int low = Character.digit(query.charAt(index + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes.write(high * 16 + low);
                index += 2;
            } else {
                bytes.writeBytes(String.valueOf(next).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }
}
