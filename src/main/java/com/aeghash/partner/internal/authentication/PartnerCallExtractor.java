package com.aeghash.partner.internal.authentication;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Takes the credentials of a partner call out of the request: headers and raw body for the JSON API, the query
 * string for the legacy API. The legacy query is parsed here (not by the servlet container) so a repeated
 * parameter makes the call malformed instead of being silently resolved one way or the other.
 */
public final class PartnerCallExtractor {

    static final String KEY_HEADER = "X-AEG-Key";
    static final String TIMESTAMP_HEADER = "X-AEG-Timestamp";
    static final String NONCE_HEADER = "X-AEG-Nonce";
    static final String SIGNATURE_HEADER = "X-AEG-Signature";
    static final String VERSION_HEADER = "X-AEG-Signature-Version";
    static final int QUERY_LENGTH_MAX = 2048;
    static final int QUERY_PARAMETERS_MAX = 20;

    private PartnerCallExtractor() {}

    /**
     * The credentials of a JSON API call. {@code X-AEG-Signature-Version} absent or {@code 1} is scheme 1, {@code 2}
     * scheme 2; anything else names no scheme, and the call signs nothing (it is malformed).
     */
    static SignedCall fromHeaders(HttpServletRequest request, byte[] body) {
        String timestamp = request.getHeader(TIMESTAMP_HEADER);
        String nonce = request.getHeader(NONCE_HEADER);
        String signature = request.getHeader(SIGNATURE_HEADER);
        String hex = signature != null && signature.startsWith(HmacSignatures.HEADER_PREFIX)
                ? signature.substring(HmacSignatures.HEADER_PREFIX.length())
                : null;
        SignatureScheme scheme = headerScheme(request.getHeader(VERSION_HEADER));
        byte[] message = scheme == null || timestamp == null || nonce == null
                ? null
                : scheme == SignatureScheme.V2
                        ? HmacSignatures.version2Message(
                                request.getMethod(), pathAndQuery(request), timestamp, nonce, body)
                        : HmacSignatures.headerMessage(timestamp, nonce, body);
        return new SignedCall(scheme, request.getHeader(KEY_HEADER), timestamp, nonce, hex, null, message);
    }

    private static SignatureScheme headerScheme(String version) {
        if (version == null || "1".equals(version.trim())) {
            return SignatureScheme.V1;
        }
        return "2".equals(version.trim()) ? SignatureScheme.V2 : null;
    }

    /** The request target as sent: the raw path, and {@code ?} with the raw query when the target has one. */
    static String pathAndQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    static SignedCall fromQuery(Map<String, String> parameters) {
        if (parameters == null) {
            return new SignedCall(SignatureScheme.LEGACY_QUERY, null, null, null, null, null, null);
        }
        String signature = parameters.get(LegacyQueryCanonicalizer.SIGNATURE_PARAMETER);
        if (signature != null && signature.startsWith(HmacSignatures.HEADER_PREFIX)) {
            signature = signature.substring(HmacSignatures.HEADER_PREFIX.length());
        }
        byte[] message = LegacyQueryCanonicalizer.canonical(parameters).getBytes(StandardCharsets.UTF_8);
        return new SignedCall(
                SignatureScheme.LEGACY_QUERY,
                parameters.get("key"),
                parameters.get("ts"),
                parameters.get("nonce"),
                signature,
                parameters.get("from"),
                message);
    }

    /** Decoded parameters of the query, or null when it is too long, repeats a name or cannot be decoded. */
    public static Map<String, String> queryParameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        String[] pairs = query.split("&");
        if (query.length() > QUERY_LENGTH_MAX || pairs.length > QUERY_PARAMETERS_MAX) {
            return null;
        }
        try {
            for (String pair : pairs) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                if (parameters.put(name, value) != null) {
                    return null;
                }
            }
        } catch (IllegalArgumentException badEscape) {
            return null;
        }
        return parameters;
    }

    /** The query as kept in the event log: canonical form without the signature. */
    static String loggedQuery(Map<String, String> parameters) {
        return parameters == null ? null : LegacyQueryCanonicalizer.canonical(parameters);
    }
}
