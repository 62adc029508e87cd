package vn.innohub;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium for the browser journeys, and the few gestures they all make. */
public final class Browsers {

  private Browsers() {}

  /** Chromium and its driver are installed (CI installs them; elsewhere the journeys are skipped). */
  public static boolean available() {
    return Files.isExecutable(Path.of("/usr/bin/chromium")) && Files.isExecutable(Path.of("/usr/bin/chromedriver"))
        || "true".equals(System.getenv("CI"));
  }

  public static ChromeOptions options() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--lang=vi");
    return options;
  }

  public static ChromeDriver start(ChromeOptions options) {
    return new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(), options);
  }

  public static ChromeDriver desktop() {
    ChromeOptions options = options();
    options.addArguments("--window-size=1280,900");
    return start(options);
  }

  /** A phone: 390 × 844 CSS pixels (an iPhone 12-sized screen), with a mobile user agent and touch. */
  public static ChromeDriver phone() {
    ChromeOptions options = options();
    options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
        Map.of("width", 390, "height", 844, "pixelRatio", 3.0, "touch", true),
        "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36"));
    return start(options);
  }

  public static WebDriverWait waitIn(WebDriver b) {
    return new WebDriverWait(b, Duration.ofSeconds(15));
  }

  public static Object js(WebDriver b, String script, Object... args) {
    return ((JavascriptExecutor) b).executeScript(script, args);
  }

  /** Bootstrap's smooth scrolling makes Selenium click beside moving elements: jump there first. */
  public static void scroll(WebDriver b, WebElement element) {
    js(b, "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
  }

  public static void click(WebDriver b, WebElement element) {
    scroll(b, element);
    element.click();
  }

  public static void type(WebDriver b, By by, String text) {
    WebElement element = b.findElement(by);
    scroll(b, element);
    element.sendKeys(text);
  }

  /** Date inputs take keys in the browser's locale order: set the ISO value directly. */
  public static void setDate(WebDriver b, By by, String iso) {
    WebElement element = b.findElement(by);
    scroll(b, element);
    js(b, "arguments[0].value = arguments[1];", element, iso);
  }

  public static String selected(WebDriver b, By by) {
    return new Select(b.findElement(by)).getFirstSelectedOption().getDomProperty("value");
  }

  public static String value(WebDriver b, By by) {
    return b.findElement(by).getDomProperty("value");
  }

  /** Signs in through the login page and waits for the home page. */
  public static void signIn(WebDriver b, String base, String username, String password) {
    b.get(base + "/login");
    type(b, By.id("username"), username);
    type(b, By.id("password"), password);
    click(b, b.findElement(By.id("loginButton")));
    waitIn(b).until(ExpectedConditions.urlToBe(base + "/"));
  }

  /** A desktop and a phone-sized browser, each started on first use; {@link #quit()} ends those that started. */
  public static final class Pair {
    private WebDriver desktop;
    private WebDriver phone;

    public WebDriver desktop() {
      if (desktop == null) {
        desktop = Browsers.desktop();
      }
      return desktop;
    }

    public WebDriver phone() {
      if (phone == null) {
        phone = Browsers.phone();
      }
      return phone;
    }

    public void quit() {
      for (WebDriver b : new WebDriver[] {desktop, phone}) {
        if (b != null) {
          b.quit();
        }
      }
      desktop = null;
      phone = null;
    }
  }
}
