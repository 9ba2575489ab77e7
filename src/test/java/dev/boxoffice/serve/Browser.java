package dev.boxoffice.serve;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, with no network beyond 127.0.0.1: Selenium
 * Manager is never asked to download anything, because both binaries are given explicitly. Tests using it are
 * skipped, with a message, when the binaries are absent ({@code .ci/run} installs them).
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A fresh browser with its own profile directory, or the test is skipped when Chromium is not installed. */
    static Browser open() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver; .ci/run installs them)");
        try {
            Path profile = Files.createTempDirectory("boxoffice-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--lang=en-GB",
                    "--user-data-dir=" + profile.toAbsolutePath());
            options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            Browser b = new Browser(driver, profile);
            b.size(1200, 900);
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException("creating a Chromium profile directory", e);
        }
    }

    void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebElement one(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    /** Whether every image on the page has loaded (a failed poster would have none of its pixels). */
    boolean imagesLoaded() {
        return (Boolean) script("return [...document.images].every(i => i.complete && i.naturalWidth > 0)");
    }

    /** Waits (up to 15 s) until the condition holds, returning its value. */
    <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition::apply);
    }

    /** The console's SEVERE entries since the last call: script errors, failed requests. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    /** Saves the whole page (up to 3000 px tall) as target/screenshots/{name}.png and returns the file. */
    Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
            long chrome = (Long) driver.executeScript("return window.outerHeight - window.innerHeight");
            driver.manage().window().setSize(new Dimension(window.width, (int) Math.min(3000, height + chrome)));
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(window);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("saving screenshot " + name, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("removing " + profile, e);
        }
    }
}
