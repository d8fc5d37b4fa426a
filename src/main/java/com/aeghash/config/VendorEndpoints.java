package com.aeghash.config;

import java.net.URI;
import java.util.Objects;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where the vendor clients send their calls. A configured URL ({@code MBLOCK_API_BASE_URL},
 * {@code HASHDAM_API_BASE_URL}) always wins. Without one, and only when the sandbox is enabled, the
 * clients call the in-app simulators on this server's own port, which is known only once the web server
 * has started (tests run on a random port): clients must therefore ask for the URL at each call.
 */
@Component
public class VendorEndpoints {

    static final String MBLOCK_SANDBOX_PATH = "/sandbox/mblock/bsc";
    static final String HASHDAM_SANDBOX_PATH = "/sandbox/hashdam/v1";

    private final MBlockProperties mblock;
    private final HashDamProperties hashDam;
    private final boolean sandboxEnabled;
    private volatile int localPort;

    public VendorEndpoints(MBlockProperties mblock, HashDamProperties hashDam, Environment environment) {
        this.mblock = mblock;
        this.hashDam = hashDam;
        this.sandboxEnabled = environment.getProperty("aeghash.sandbox.enabled", Boolean.class, false);
        this.localPort = environment.getProperty("server.port", Integer.class, 8080);
    }

    @EventListener
    void onWebServerStarted(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            localPort = event.getWebServer().getPort();
        }
    }

    public URI mblockBaseUrl() {
        return resolve(mblock.baseUrl(), MBLOCK_SANDBOX_PATH, "MBLOCK_API_BASE_URL");
    }

    public URI hashDamBaseUrl() {
        return resolve(
                sandboxEnabled && !explicitHashDamUrl() ? null : hashDam.baseUrl(),
                HASHDAM_SANDBOX_PATH,
                "HASHDAM_API_BASE_URL");
    }

    /** The vendor's default URL counts as "not configured" while the sandbox is on. */
    private boolean explicitHashDamUrl() {
        return hashDam.baseUrl() != null
                && !"api.pool.hashdam.com".equals(hashDam.baseUrl().getHost());
    }

    /** Base URL of this server itself (sandbox callbacks, README examples). */
    public URI localBaseUrl() {
        return URI.create("http://127.0.0.1:" + localPort);
    }

    private URI resolve(URI configured, String sandboxPath, String variable) {
        if (configured != null) {
            return configured;
        }
        if (!sandboxEnabled) {
            throw new IllegalStateException(variable + " is not configured and the sandbox is disabled");
        }
        return Objects.requireNonNull(localBaseUrl().resolve(sandboxPath));
    }
}
