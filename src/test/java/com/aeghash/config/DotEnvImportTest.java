package com.aeghash.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

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
        Path file =
                write("MBLOCK_API_KEY=key-from-the-env-file-0001\n" + "DATABASE_URL=jdbc:h2:mem:from-the-env-file\n");

        assertThat(settings(file, List.of("aeghash.mblock.api-key", "spring.datasource.url"), "sandbox"))
                .containsExactly("key-from-the-env-file-0001", "jdbc:h2:mem:from-the-env-file");
    }

    @Test
    void aSettingInTheFileWinsOverTheSandboxDefault() throws IOException {
        Path file = write("aeghash.risk.sales-cap.percent=300\n");

        assertThat(settings(file, List.of("aeghash.risk.sales-cap.percent"), "sandbox"))
                .containsExactly("300");
    }

    @Test
    void withoutTheFileTheSandboxDefaultsApply() {
        Path absent = directory.resolve("absent.env");

        assertThat(settings(absent, List.of("aeghash.mblock.api-key", "aeghash.risk.sales-cap.percent"), "sandbox"))
                .containsExactly("sandbox-mblock-api-key", "0");
    }

    @Test
    void testRunsDoNotReadTheFile() throws IOException {
        Path file = write("MBLOCK_API_KEY=key-from-the-env-file-0002\n");

        assertThat(settings(file, List.of("MBLOCK_API_KEY"), "sandbox", "test")).containsOnlyNulls();
    }

    private Path write(String content) throws IOException {
        return Files.writeString(directory.resolve(".env"), content);
    }

    /**
     * The values of the named settings in an application started with the file and the profiles: only the
     * configuration files and the import, no application beans.
     */
    private static List<String> settings(Path envFile, List<String> names, String... profiles) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .profiles(profiles)
                .run("--AEGHASH_ENV_FILE=" + envFile)) {
            return names.stream().map(context.getEnvironment()::getProperty).toList();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {}
}
