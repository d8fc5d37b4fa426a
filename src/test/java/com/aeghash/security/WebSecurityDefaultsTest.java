package com.aeghash.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The web settings each profile starts with, read from its configuration file over {@code application.yml}: the API documents are off and HSTS goes on every response in {@code prod}, the sandbox
 * publishes the documents for local trials.
 */
class WebSecurityDefaultsTest {

    private static final List<String> SETTINGS = List.of(
            "springdoc.api-docs.enabled",
            "springdoc.swagger-ui.enabled",
            "aeghash.web.api-docs-public",
            "aeghash.web.hsts-on-every-response");

    @Test
    void prodServesNoApiDocumentsAndSendsHstsOnEveryResponse() {
        assertThat(settings("prod")).containsExactly("false", "false", null, "true");
    }

    @Test
    void prodSendsTheSessionCookieOnlyOverTlsAndOnlyFromItsOwnPages() {
        List<String> cookie = List.of(
                "server.servlet.session.cookie.secure",
                "server.servlet.session.cookie.same-site",
                "server.servlet.session.cookie.http-only");

        assertThat(settings("prod", cookie)).containsExactly("true", "strict", "true");
        assertThat(settings("sandbox", cookie)).containsExactly(null, null, "true");
    }

    @Test
    void theSandboxPublishesTheApiDocuments() {
        assertThat(settings("sandbox")).containsExactly("true", "true", "true", null);
    }

    @Test
    void anyOtherProfileServesNoApiDocuments() {
        assertThat(settings("staging")).containsExactly("false", "false", null, null);
    }

    @Test
    void theBoundDefaultsAreTheSafeOnes() {
        WebSecurityProperties defaults = new WebSecurityProperties(false, false, Duration.ofDays(365), false);

        assertThat(defaults.apiDocsOpen()).isFalse();
        assertThat(new WebSecurityProperties(false, true, Duration.ofDays(365), false).apiDocsOpen())
                .isFalse();
        assertThatThrownBy(() -> new WebSecurityProperties(false, false, Duration.ofDays(731), false))
                .hasMessageContaining("aeghash.web.hsts-max-age");
    }

    /** The settings as the profile's file over {@code application.yml} give them, without the machine's environment. */
    private static List<String> settings(String profile) {
        return settings(profile, SETTINGS);
    }

    private static List<String> settings(String profile, List<String> names) {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        load("application-" + profile + ".yml").forEach(sources::addLast);
        load("application.yml").forEach(sources::addLast);
        return names.stream().map(environment::getProperty).toList();
    }

    private static List<PropertySource<?>> load(String file) {
        ClassPathResource resource = new ClassPathResource(file);
        if (!resource.exists()) {
            return List.of();
        }
        try {
            return new YamlPropertySourceLoader().load(file, resource);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
