package com.aeghash.sandbox.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The port this server listens on, known once the web server has started (tests run on random ports): where the
 * simulators may call back to. Until then it is {@code server.port}.
 */
@Component
@ConditionalOnProperty(name = "aeghash.sandbox.enabled", havingValue = "true")
public class ThisServer {

    private volatile int port;

    ThisServer(Environment environment) {
        this.port = environment.getProperty("server.port", Integer.class, 8080);
    }

    @EventListener
    void onWebServerStarted(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
        }
    }

    public int port() {
        return port;
    }
}
