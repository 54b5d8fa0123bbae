package org.roundtable.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's chromium and chromium-driver; nothing is downloaded), at desktop or phone
 * size, with the waits, screenshots and accessibility scans the journeys share.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    public final ChromeDriver driver;
    private final String base;
    private final String size;

    private Browser(ChromeDriver driver, URL base, String size) {
        this.driver = driver;
        String b = base.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        this.size = size;
    }

    /** A desktop-sized browser (1280 × 900). */
    public static Browser desktop(URL base) {
        ChromeOptions options = options();
        options.addArguments("--window-size=1280,900");
        return new Browser(start(options), base, "desktop");
    }

    /** A phone: 375 px wide, touch, as Chromium's device emulation renders it. */
    public static Browser phone(URL base) {
        ChromeOptions options = options();
        options.setExperimentalOption("mobileEmulation", Map.of(
                "deviceMetrics", Map.of("width", 375, "height", 812, "pixelRatio", 2.0, "touch", true),
                "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36"));
        return new Browser(start(options), base, "phone");
    }

    private static ChromeOptions options() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=en-US");
        // The console, to catch anything the Content-Security-Policy blocked.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        return options;
    }

    private static ChromeDriver start(ChromeOptions options) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    public Browser open(String path) {
        driver.get(base + path);
        waitForPage();
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String path() {
        return url().substring(base.length());
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public Browser type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        if (text.length() > 500) {
            // typing 10,000 characters key by key is slow; setting the value is what a paste does
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", e, text);
        } else {
            e.sendKeys(text);
        }
        return this;
    }

    /** Sets an input's value as a date or time picker would (typing into them depends on the locale). */
    public Browser setValue(String css, String value) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                find(css), value);
        return this;
    }

    /** Cuts the network (true) or restores it (false), as a phone losing signal in a hallway. */
    public Browser offline(boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        return this;
    }

    /** Clicks something that stays on this page (a checkbox, a PrimeFaces AJAX button) and waits for AJAX. */
    public Browser click(String css) {
        WebElement e = find(css);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
        waitForPage();
        return this;
    }

    /**
     * Waits (up to 20 s) until the condition holds, e.g. until an AJAX update shows its result. When it never does,
     * the failure carries the address and what the page showed, and a screenshot lands beside the others
     * ("timed-out-…"), so a failure in CI can be read afterwards.
     */
    public void waitUntil(java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            Path shot = screenshot("timed-out-" + System.currentTimeMillis());
            String shown = driver.findElement(By.tagName("body")).getText();
            throw new AssertionError("Waited 20 s in vain on " + driver.getCurrentUrl() + " (" + shot.getFileName()
                    + "), which showed: " + shown.substring(0, Math.min(shown.length(), 2_000)), e);
        }
        waitForPage();
    }

    /** Clicks a link or a non-AJAX button and waits until the next page has loaded. */
    public Browser clickAndLoad(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        WebElement e = find(css);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(page));
        waitForPage();
        return this;
    }

    /** Presses Enter in a field of a form that is sent without AJAX, and waits until the next page has loaded. */
    public Browser pressEnterAndLoad(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(css).sendKeys(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(page));
        waitForPage();
        return this;
    }

    /** Whether the element left the document (Chromium reports that as stale, or as a node of no document). */
    private static boolean gone(WebElement e) {
        try {
            e.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException detached) {
            return detached.getMessage() != null && detached.getMessage().contains("does not belong to the document");
        }
    }

    /** Follows a link of the main menu, opening the phone menu first where it is folded. */
    public Browser nav(String css) {
        List<WebElement> button = all("#menuButton");
        if (!button.isEmpty() && button.get(0).isDisplayed() && !"true".equals(button.get(0).getAttribute("aria-expanded"))) {
            button.get(0).click();
            waitUntil(() -> find(css).isDisplayed());
        }
        return clickAndLoad(css);
    }

    public Browser login(String username, String password) {
        open("/login.xhtml");
        type("#login\\:username", username).type("#login\\:password", password).clickAndLoad("#login\\:submit");
        return this;
    }

    public Browser logout() {
        clickAndLoad("#logout");
        return this;
    }

    /** Waits until the document is complete and neither jQuery nor PrimeFaces has a request in flight. */
    public void waitForPage() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }


    /** Saves a full-page PNG under target/screenshots. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SHOTS);
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SHOTS.resolve(name + "-" + size + ".png");
            Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The serious and critical axe-core violations of the current page, one line each (empty when clean). */
    public List<String> accessibilityProblems() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(Browser::describe)
                .collect(Collectors.toList());
    }

    private static String describe(Rule v) {
        return v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                + v.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }

    /**
     * Takes the page's screenshot and adds its accessibility problems (serious and critical axe-core findings) and,
     * on a phone, any sideways overflow to the list, each line starting with the screenshot's name.
     */
    public void check(String name, List<String> problems) {
        screenshot(name);
        cspViolations().forEach(p -> problems.add(name + ": blocked by the Content-Security-Policy: " + p));
        accessibilityProblems().forEach(p -> problems.add(name + ": " + p));
        if (isPhone() && horizontalOverflow() > 0) {
            problems.add(name + ": " + horizontalOverflow() + " px wider than a 375 px phone: " + sticksOut());
        }
    }

    /** What the browser's console reported the Content-Security-Policy blocked since the last call. */
    public List<String> cspViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    /** How many CSS pixels the page is wider than the window (0 when nothing sticks out sideways). */
    public long horizontalOverflow() {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);");
    }

    /**
     * The outermost elements that stick out past the window's right edge (tag, id or class, width), for the message
     * of a failed overflow check: what to fix.
     */
    @SuppressWarnings("unchecked")
    public List<String> sticksOut() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                var out = [];
                document.querySelectorAll('body *').forEach(function (e) {
                    var r = e.getBoundingClientRect();
                    if (r.right > window.innerWidth + 1 && !(e.parentElement && e.parentElement.getBoundingClientRect().right
                            > window.innerWidth + 1) && out.length < 5) {
                        out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
                            ? '.' + String(e.className).split(' ').join('.') : '') + ' ' + Math.round(r.width) + 'px');
                    }
                });
                return out;""");
    }

    public boolean isPhone() {
        return "phone".equals(size);
    }

    public String source() {
        return driver.getPageSource();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
