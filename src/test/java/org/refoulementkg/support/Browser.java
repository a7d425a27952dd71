package org.refoulementkg.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Selenium, with a fresh profile each time. Without chromium and
 * chromium-driver the calling test is skipped — except on CI ({@code CI=true}), where it fails.
 *
 * <pre>{@code
 * try (var browser = Browser.open()) {
 *     browser.driver().get(server.url("/sparql"));
 *     browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".yasqe")).size() > 0);
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser open() {
        requireInstalled();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString()); // so Selenium Manager downloads nothing
        Path profile;
        try {
            profile = Files.createTempDirectory("rkg-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--user-data-dir=" + profile);
        // Leave alerts open, so that a test can look for one instead of having it dismissed for it.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString())).build();
        try {
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
    }

    public WebDriver driver() { return driver; }

    public WebDriverWait waitUpTo(Duration d) { return new WebDriverWait(driver, d); }

    /** Runs a script in the page and returns its result. */
    public Object js(String script, Object... args) { return ((JavascriptExecutor) driver).executeScript(script, args); }

    @Override public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    private static void requireInstalled() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) return;
        String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)";
        if ("true".equals(System.getenv("CI"))) Assertions.fail(message + ": on CI they must be installed.");
        Assumptions.abort(message + ": skipped.");
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // chromium may still be writing into its profile while it exits; the temp dir is cleaned by the OS
        }
    }
}
