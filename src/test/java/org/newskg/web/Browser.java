package org.newskg.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import org.apache.commons.io.file.PathUtils;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for page tests: Debian's headless Chromium ({@code /usr/bin/chromium}) driven by
 * its chromedriver ({@code /usr/bin/chromedriver}) through Selenium, with a fresh profile that
 * is deleted on close, and no traffic of its own (no updates, sync or background fetches).
 * {@code .ci/run} installs both packages; where they are missing the tests are skipped.
 *
 * <pre>{@code
 * try (Browser browser = Browser.start()) {
 *     browser.open(server.baseUrl() + "search?q=cable");
 *     assertEquals("Statements (5)", browser.text(By.cssSelector("#statements h2")));
 *     browser.screenshot("search");          // docs/img/search.png, to look at
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where screenshots go: the docs show them. */
    public static final Path SCREENSHOTS = Path.of("docs/img");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a headless Chromium; skips the calling test when Chromium or chromedriver is not installed. */
    public static Browser start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        Path profile;
        try {
            profile = Files.createTempDirectory("newskg-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    /** Opens {@code url} and waits until the page has loaded. */
    public void open(String url) {
        driver.get(url);
    }

    public WebDriver driver() {
        return driver;
    }

    public String title() {
        return driver.getTitle();
    }

    /** The visible text of the first element {@code by} finds, waiting for it to appear. */
    public String text(By by) {
        return waitFor(d -> d.findElement(by)).getText();
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Waits (up to 20 s) until {@code condition} returns something other than null or false. */
    public <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.NoSuchElementException.class).until(condition);
    }

    /** The messages the page wrote to the browser console (errors, warnings, CSP refusals). */
    public List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString).toList();
    }

    /** Saves what the browser shows now as {@code docs/img/NAME.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Path shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.move(shot, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try {
                PathUtils.deleteDirectory(profile);
            } catch (IOException e) {
                // A profile left in the temp folder is harmless.
            }
        }
    }
}
