package com.aeghash.sandbox.internal.mblock;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * The only place the simulated MBlock posts transit results to: this server's own transit callback endpoint
 * ({@value #PATH}, the wallet module's; a query, which carries the callback token, is kept). Without this rule the
 * simulator would post to any URL a caller configured: to a host of their choosing, or to a service inside the
 * network it runs in. The real vendor calls back to whatever we configure; the simulator has no reason to.
 *
 * <p>Accepted: {@code http} or {@code https}, host {@code 127.0.0.1}, {@code localhost} or {@code [::1]}, this
 * server's port, exactly that path, no user info or fragment. Anything else is the vendor's error 18 ("Invalid
 * Configuration"), when the configuration is saved and again when a transit is accepted.
 */
final class OwnCallbackTarget {

    static final String PATH = "/api/v1/callbacks/mblock/transit";
    private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

    private final IntSupplier serverPort;

    OwnCallbackTarget(IntSupplier serverPort) {
        this.serverPort = serverPort;
    }

    boolean accepts(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getRawUserInfo() == null
                    && uri.getRawFragment() == null
                    && uri.getHost() != null
                    && LOCAL_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))
                    && uri.getPort() == serverPort.getAsInt()
                    && PATH.equals(uri.getRawPath());
        } catch (URISyntaxException notAUrl) {
            return false;
        }
    }
}
