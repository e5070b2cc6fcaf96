package org.onlinelives.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.onlinelives.platform.people.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of browser tests: the application on a random port, driven by the machine's
 * headless Chromium. {@link #checkAccessibility()} runs axe-core's WCAG 2.2 A and AA
 * rules, none switched off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" })
@Import({ TestData.class, TestDatabaseConfiguration.class })
// A journey that hangs fails here instead of holding CI until its overall limit.
@Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
@ExtendWith(BrowserAvailable.class)
public abstract class BrowserTest {

	/**
	 * A small phone and a desktop: every checked page must fit both without sideways
	 * scrolling.
	 */
	protected static final int[] WIDTHS = { 390, 1280 };

	private static final List<String> WCAG_22_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a",
			"wcag22aa");

	protected static WebDriver driver;

	private static long axeNanos;

	/**
	 * Pages already checked at a width in this run, by a digest of their markup without
	 * the per-request CSRF token and script nonce: axe-core gives the same answer for the
	 * same markup, so a page that journeys pass through again is checked once.
	 */
	private static final java.util.Set<String> CHECKED = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private static final java.util.regex.Pattern PER_REQUEST = java.util.regex.Pattern
		.compile("(name=\"_csrf\" value=|nonce=)\"[^\"]*\"");

	private static int axeSkipped;

	private static int axeRuns;

	@LocalServerPort
	protected int port;

	@Autowired
	protected TestData data;

	/** How long a browser command may take on a loaded machine before the test fails. */
	static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);

	@BeforeAll
	static void startBrowser() {
		driver = chromium(1280, 1024, true);
	}

	/**
	 * A headless Chromium for a test. Background features that compete for a busy CI
	 * machine's cores are off, and a browser that stops answering fails its command after
	 * {@link #COMMAND_TIMEOUT} rather than holding the build for ever.
	 * @param javascript false to browse as someone with JavaScript switched off
	 */
	public static WebDriver chromium(int width, int height, boolean javascript) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BrowserAvailable.CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--disable-extensions", "--disable-default-apps",
				"--disable-background-timer-throttling", "--disable-renderer-backgrounding",
				"--disable-backgrounding-occluded-windows",
				"--disable-features=OptimizationGuideModelDownloading,OptimizationHintsFetching,"
						+ "OptimizationTargetPrediction,OptimizationHints,OnDeviceModelService,Translate,MediaRouter",
				"--window-size=" + width + "," + height, "--user-data-dir=" + tempProfile());
		if (!javascript) {
			// chromedriver's wait for a navigation to finish can stall when scripts are
			// off:
			// callers wait for the next page themselves (stalenessOf)
			options.setPageLoadStrategy(org.openqa.selenium.PageLoadStrategy.NONE);
			options.setExperimentalOption("prefs",
					java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(BrowserAvailable.CHROMEDRIVER))
			.build();
		WebDriver browser = new ChromeDriver(service, options,
				org.openqa.selenium.remote.http.ClientConfig.defaultConfig().readTimeout(COMMAND_TIMEOUT));
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		return browser;
	}

	@AfterAll
	static void stopBrowser() {
		System.out.printf("axe-core: %d checks in %.1f s, %d pages seen before not checked again%n", axeRuns,
				axeNanos / 1e9, axeSkipped);
		axeRuns = 0;
		axeSkipped = 0;
		axeNanos = 0;
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	@BeforeEach
	void forgetSession() {
		driver.manage().deleteAllCookies();
	}

	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	protected void open(String path) {
		driver.get(baseUrl() + path);
	}

	protected WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	protected void type(String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Presses the page's main submit button (the one in &lt;main&gt;) and waits for the
	 * next page.
	 */
	protected void submit() {
		clickAndWait(driver.findElement(By.cssSelector("main button[type=submit], main input[type=submit]")));
	}

	/** Follows a link by its text and waits for the next page. */
	protected void follow(String linkText) {
		clickAndWait(driver.findElement(By.linkText(linkText)));
	}

	protected void clickAndWait(WebElement element) {
		WebElement page = driver.findElement(By.tagName("html"));
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
	}

	protected String heading() {
		return driver.findElement(By.tagName("h1")).getText();
	}

	public void signIn(String email, String password) {
		open("/sign-in");
		checkAccessibility();
		type("email", email);
		type("password", password);
		submit();
	}

	/**
	 * Signs in someone who already has an authenticator app, entering a code the service
	 * has not seen. The service takes the code of the current 30-second step or either
	 * neighbour, and each step once per person: when this person signed in moments ago,
	 * the next step's code is entered, and only when that is used too does the test wait.
	 */
	public void signInWithSecondFactor(User user, String secret) {
		signIn(user.getEmail(), TestData.PASSWORD);
		assertThat(driver.getCurrentUrl()).endsWith("/sign-in/code");
		checkAccessibility();
		type("code", unusedCode(secret));
		submit();
		assertThat(driver.getCurrentUrl()).as("signed in with the second factor").doesNotEndWith("/sign-in/code");
	}

	/** The last authenticator step each secret used in this run. */
	private static final java.util.Map<String, Long> USED_STEPS = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * An authenticator code for this secret that the service has not yet taken in this
	 * run, waiting for the next 30-second step only when both usable steps are spent.
	 */
	protected static String unusedCode(String secret) {
		long now = System.currentTimeMillis() / 30_000;
		long step = Math.max(now, USED_STEPS.getOrDefault(secret, Long.MIN_VALUE) + 1);
		if (step > now + 1) {
			long acceptedFrom = (step - 1) * 30_000;
			try {
				Thread.sleep(Math.max(0, acceptedFrom - System.currentTimeMillis()) + 500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		USED_STEPS.put(secret, step);
		return TestData.codeForStep(secret, step);
	}

	/**
	 * Checks the current page: no message shown as its missing key
	 * ({@code ??key_en_GB??}); and at a phone's width and at a desktop's, no sideways
	 * scrolling and no WCAG 2.2 A or AA violation found by axe-core. Leaves the window at
	 * the desktop width.
	 */
	protected void checkAccessibility() {
		assertThat(UnresolvedMessages.in(driver.getPageSource())).as("messages missing on %s", driver.getCurrentUrl())
			.isEmpty();
		boolean injected = false;
		for (int width : WIDTHS) {
			resizeTo(width);
			assertNoHorizontalOverflow();
			saveScreenshot(width);
			assertThat(driver.findElements(By.cssSelector("iframe, frame"))).as("frames on %s", driver.getCurrentUrl())
				.isEmpty();
			if (!CHECKED.add(width + " " + markupDigest())) {
				axeSkipped++;
				continue;
			}
			long axeStart = System.nanoTime();
			if (!injected) {
				((JavascriptExecutor) driver).executeScript(Axe.SOURCE);
				injected = true;
			}
			List<Axe.Violation> violations = Axe.run(driver, WCAG_22_A_AA);
			axeNanos += System.nanoTime() - axeStart;
			axeRuns++;
			assertThat(violations)
				.as("axe-core violations at %d px on %s:%n%s", width, driver.getCurrentUrl(), describe(violations))
				.isEmpty();
		}
	}

	private static String markupDigest() {
		String html = (String) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.outerHTML;");
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(PER_REQUEST.matcher(html)
					.replaceAll("$1\"\"")
					.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Fails, naming the widest elements, if the page is wider than the window
	 * (document.documentElement.scrollWidth &gt; window.innerWidth).
	 */
	protected void assertNoHorizontalOverflow() {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
		long innerWidth = ((Number) js.executeScript("return window.innerWidth;")).longValue();
		Object culprits = js.executeScript(
				"""
						var w = window.innerWidth, out = [];
						document.querySelectorAll('body *').forEach(function (e) {
						  var r = e.getBoundingClientRect();
						  if (r.right > w + 1 && out.length < 5) {
						    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className + ' right=' + Math.round(r.right));
						  }
						});
						return out.join('; ');""");
		assertThat(scrollWidth)
			.as("page width at %d px on %s (too wide: %s)", innerWidth, driver.getCurrentUrl(), culprits)
			.isLessThanOrEqualTo(innerWidth);
	}

	/**
	 * With -Dscreenshots.dir=..., saves the page at this width (as tall as the page, up
	 * to 4,000 px) so people can look at what the tests saw.
	 */
	private void saveScreenshot(int width) {
		String dir = System.getProperty("screenshots.dir");
		if (dir == null || dir.isBlank()) {
			return;
		}
		JavascriptExecutor js = (JavascriptExecutor) driver;
		int height = Math.min(4000,
				((Number) js.executeScript("return document.documentElement.scrollHeight;")).intValue());
		driver.manage().window().setSize(new Dimension(width, Math.max(height, 600)));
		try {
			Path folder = Files.createDirectories(Path.of(dir));
			String name = new java.net.URI(driver.getCurrentUrl()).getPath().replaceAll("[^A-Za-z0-9]+", "_") + "-"
					+ width + "-" + System.nanoTime() % 100000 + ".png";
			byte[] png = ((org.openqa.selenium.TakesScreenshot) driver)
				.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
			Files.write(folder.resolve(name), png);
		}
		catch (java.io.IOException | java.net.URISyntaxException ex) {
			throw new IllegalStateException("Could not save a screenshot", ex);
		}
		finally {
			driver.manage().window().setSize(new Dimension(width, 1024));
		}
	}

	/** Sets the viewport to this width and waits until the page has it. */
	protected void resizeTo(int width) {
		driver.manage().window().setSize(new Dimension(width, 1024));
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until((d) -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth;"))
				.intValue() == width);
	}

	private static String describe(List<Axe.Violation> violations) {
		return violations.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n"));
	}

	private static String tempProfile() {
		try {
			return Files.createTempDirectory("chromium-profile").toString();
		}
		catch (java.io.IOException ex) {
			return Path.of(System.getProperty("java.io.tmpdir"), "chromium-profile-" + System.nanoTime()).toString();
		}
	}

}
