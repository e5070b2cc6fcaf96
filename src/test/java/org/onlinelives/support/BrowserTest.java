package org.onlinelives.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
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
@ExtendWith(BrowserAvailable.class)
public abstract class BrowserTest {

	private static final List<String> WCAG_22_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a",
			"wcag22aa");

	protected static WebDriver driver;

	@LocalServerPort
	protected int port;

	@Autowired
	protected TestData data;

	@BeforeAll
	static void startBrowser() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BrowserAvailable.CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1024", "--user-data-dir=" + tempProfile());
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(BrowserAvailable.CHROMEDRIVER))
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	static void stopBrowser() {
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
	 * Signs in someone who already has an authenticator app, entering the current code.
	 */
	public void signInWithSecondFactor(User user, String secret) {
		signIn(user.getEmail(), TestData.PASSWORD);
		assertThat(driver.getCurrentUrl()).endsWith("/sign-in/code");
		checkAccessibility();
		type("code", TestData.currentCode(secret));
		submit();
		if (driver.getCurrentUrl().endsWith("/sign-in/code")) {
			// Each code works once: if this person signed in moments ago, wait for the
			// app's next code.
			long nextStep = (System.currentTimeMillis() / 30_000 + 1) * 30_000;
			try {
				Thread.sleep(Math.max(0, nextStep - System.currentTimeMillis()) + 500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			type("code", TestData.currentCode(secret));
			submit();
		}
	}

	/**
	 * Fails with a readable list if axe-core finds any WCAG 2.2 A or AA violation on the
	 * current page.
	 */
	protected void checkAccessibility() {
		Results results = new AxeBuilder().withTags(WCAG_22_A_AA).analyze(driver);
		assertThat(results.getViolations())
			.as("axe-core violations on %s:%n%s", driver.getCurrentUrl(), describe(results.getViolations()))
			.isEmpty();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> rule.getId() + ": " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList())
			.collect(Collectors.joining("\n"));
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
