package com.aeghash.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium (Debian's {@code chromium} with {@code chromium-driver}) driven through Selenium WebDriver, one
 * per test class: register it on a static field with {@code @RegisterExtension}. When no browser is installed the
 * class is skipped with a message saying so, or fails when {@code AEGHASH_REQUIRE_BROWSER=true} (CI installs one).
 * A failing test leaves a screenshot and the page source in {@code target/browser-failures/}.
 */
public final class ChromiumBrowser implements BeforeAllCallback, AfterAllCallback, TestExecutionExceptionHandler {

    /** Set by {@code .ci/run}: a machine without a browser fails the browser tests instead of skipping them. */
    public static final String REQUIRE_BROWSER = "AEGHASH_REQUIRE_BROWSER";

    private static final List<String> BROWSERS =
            List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    private static final Path FAILURES = Path.of("target", "browser-failures");

    private final int width;
    private final int height;
    private WebDriver driver;

    /** A desktop-sized window (1400 x 1000). */
    public ChromiumBrowser() {
        this(1400, 1000);
    }

    public ChromiumBrowser(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** The class's browser; available from {@code @BeforeAll} on. */
    public WebDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("the browser starts before the test class's tests");
        }
        return driver;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Optional<String> browser = firstExisting(System.getenv("AEGHASH_CHROMIUM"), BROWSERS);
        Optional<String> chromedriver = firstExisting(System.getenv("AEGHASH_CHROMEDRIVER"), DRIVERS);
        if (browser.isEmpty() || chromedriver.isEmpty()) {
            String missing = "no headless browser for the console's browser tests: install Debian's chromium and"
                    + " chromium-driver (apt-get install -y chromium chromium-driver; .ci/run does), or name them in"
                    + " AEGHASH_CHROMIUM and AEGHASH_CHROMEDRIVER";
            if (Boolean.parseBoolean(System.getenv(REQUIRE_BROWSER))) {
                Assertions.fail(missing + " (" + REQUIRE_BROWSER + "=true)");
            }
            Assumptions.abort(missing);
        }
        driver = start(browser.get(), chromedriver.get());
    }

    private WebDriver start(String browser, String chromedriver) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--window-size=" + width + "," + height,
                "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(chromedriver).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver started = new ChromeDriver(service, options);
        started.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return started;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (driver != null) {
            String name = context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName();
            try {
                Files.createDirectories(FAILURES);
                Files.write(
                        FAILURES.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
                Files.writeString(FAILURES.resolve(name + ".html"), driver.getPageSource());
                failure.addSuppressed(new AssertionError("screenshot and page source of " + driver.getCurrentUrl()
                        + " in " + FAILURES.toAbsolutePath() + "/" + name + ".{png,html}"));
            } catch (IOException | RuntimeException notSaved) {
                failure.addSuppressed(notSaved);
            }
        }
        throw failure;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    private static Optional<String> firstExisting(String configured, List<String> candidates) {
        if (configured != null && !configured.isBlank()) {
            return Optional.of(configured).filter(path -> Files.isExecutable(Path.of(path)));
        }
        return candidates.stream()
                .filter(path -> Files.isExecutable(Path.of(path)))
                .findFirst();
    }
}
