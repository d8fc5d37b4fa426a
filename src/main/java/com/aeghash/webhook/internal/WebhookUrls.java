package com.aeghash.webhook.internal;

import com.aeghash.common.ApiException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The URLs endpoints may have: absolute http or https URLs with a host, no user name or password, no fragment, at
 * most 2000 characters; with {@code requireHttps} (prod) https only, and no loopback, private or link-local address
 * written as the host.
 */
final class WebhookUrls {

    static final int LENGTH_MAX = 2000;
    private static final Pattern ADDRESS_LITERAL = Pattern.compile("^[0-9.]+$|^\\[?[0-9a-fA-F:.]+]?$");

    private WebhookUrls() {}

    /** The URL, checked; a 400 naming the field {@code url} otherwise. */
    static String require(String url, boolean requireHttps) {
        if (url == null || url.isBlank()) {
            throw invalid("is required");
        }
        if (url.length() > LENGTH_MAX) {
            throw invalid("must be at most " + LENGTH_MAX + " characters");
        }
        URI uri = parse(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw invalid("must be an absolute http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw invalid("must not have a fragment");
        }
        if (requireHttps && !scheme.equals("https")) {
            throw invalid("must be https");
        }
        if (requireHttps && isLocal(uri.getHost())) {
            throw invalid("must not point at a loopback, private or link-local address");
        }
        return url;
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException malformed) {
            throw invalid("is not a valid URL");
        }
    }

    private static boolean isLocal(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!ADDRESS_LITERAL.matcher(host).matches()) {
            return false;
        }
        try {
            InetAddress address = InetAddress.getByName(host);
            return address.isLoopbackAddress()
                    || address.isSiteLocalAddress()
                    || address.isLinkLocalAddress()
                    || address.isAnyLocalAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }

    private static ApiException invalid(String detail) {
        return ApiException.validation("url", detail);
    }
}
