package com.aeghash.testsupport;

import java.util.Map;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Spring environments for tests of start-up checks: the given values only, this machine's variables left out. */
public final class TestEnvironments {

    private TestEnvironments() {}

    /** An environment of these values only (no environment variables, no system properties), with the profiles. */
    public static StandardEnvironment of(Map<String, Object> values, String... activeProfiles) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("test", values));
        if (activeProfiles.length > 0) {
            environment.setActiveProfiles(activeProfiles);
        }
        return environment;
    }
}
