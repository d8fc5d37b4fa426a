package com.aeghash.console.internal;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console's pages in a WebDriver browser: sign in and out, open pages, wait for htmx swaps. */
final class ConsoleInBrowser {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private final WebDriver driver;
    private final int port;

    ConsoleInBrowser(WebDriver driver, int port) {
        this.driver = driver;
        this.port = port;
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /** Signs in through the login form and lands on the dashboard. */
    void signIn(String username, String password) {
        open("/login");
        find(By.name("username")).sendKeys(username);
        find(By.name("password")).sendKeys(password);
        find(By.cssSelector("form button[type=submit]")).click();
        waitUntil(ExpectedConditions.urlMatches(".*/console$"));
        find(By.cssSelector("header .who"));
    }

    /** A fresh browser session: the cookies of the previous operator are gone. */
    void signOut() {
        open("/login");
        driver.manage().deleteAllCookies();
    }

    WebElement find(By by) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    <T> T waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition);
    }

    /** Waits for an element's text to contain {@code text} (an htmx swap landing). */
    WebElement waitForText(By by, String text) {
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver.findElement(by);
    }
}
