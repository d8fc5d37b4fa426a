package com.aeghash.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The default (sandbox) profile reads a local {@code .env} file, as the README says: the variables it sets reach
 * the configuration, its settings win over the sandbox defaults, a missing file is no error, and test runs never
 * read it. {@code AEGHASH_ENV_FILE} points the import at a temporary file instead of the working directory.
 */
class DotEnvImportTest {

    @TempDir
    Path directory;

    @Test
    void theVariablesOfTheFileReachTheConfiguration() throws IOException {
        Path file = write("MBLOCK_API_KEY=key-from-the-env-file-0001\n"
                + "DATABASE_URL=jdbc:h2:mem:from-the-env-file\n");

        try (ConfigurableApplicationContext context = start(file, "sandbox")) {
            Environment environment = context.getEnvironment();
            assertThat(environment.getProperty("aeghash.mblock.api-key")).isEqualTo("key-from-the-env-file-0001");
            assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:mem:from-the-env-file");
        }
    }

    @Test
    void aSettingInTheFileWinsOverTheSandboxDefault() throws IOException {
        Path file = write("aeghash.risk.sales-cap.percent=300\n");

        try (ConfigurableApplicationContext context = start(file, "sandbox")) {
            assertThat(context.getEnvironment().getProperty("aeghash.risk.sales-cap.percent")).isEqualTo("300");
        }
    }

    @Test
    void withoutTheFileTheSandboxDefaultsApply() {
        try (ConfigurableApplicationContext context = start(directory.resolve("absent.env"), "sandbox")) {
            Environment environment = context.getEnvironment();
            assertThat(environment.getProperty("aeghash.mblock.api-key")).isEqualTo("sandbox-mblock-api-key");
            assertThat(environment.getProperty("aeghash.risk.sales-cap.percent")).isEqualTo("0");
        }
    }

    @Test
    void testRunsDoNotReadTheFile() throws IOException {
        Path file = write("MBLOCK_API_KEY=key-from-the-env-file-0002\n");

        try (ConfigurableApplicationContext context = start(file, "sandbox", "test")) {
            assertThat(context.getEnvironment().getProperty("MBLOCK_API_KEY")).isNull();
        }
    }

    private Path write(String content) throws IOException {
        return Files.writeString(directory.resolve(".env"), content);
    }

    /** Only the configuration files and the import, no application beans. */
    private static ConfigurableApplicationContext start(Path envFile, String... profiles) {
        return new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .profiles(profiles)
                .run("--AEGHASH_ENV_FILE=" + envFile);
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
