package org.onlinelives.survey.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.support.BrowserTest;
import org.onlinelives.support.TestData;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator starts and publishes a survey and opens a link for a school; a young
 * person answers it on a phone-width (390 px) browser with JavaScript switched off; the
 * response counts in the results. axe-core checks every page on both browsers.
 */
class SurveyJourneyBrowserTests extends BrowserTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@Test
	void publishAnswerOnAPhoneWithoutJavaScriptAndSeeItCount() throws Exception {
		Partnership partnership = this.data.partnership();
		TestData.UserWithSecret admin = this.data.userWithSecondFactor(partnership, null, Role.PARTNERSHIP_ADMIN);

		signInWithSecondFactor(admin.user(), admin.secret());
		open("/surveys");
		checkAccessibility();
		follow("Start a year's survey");
		checkAccessibility();
		submit();
		assertThat(driver.getTitle()).startsWith("Error: ");
		checkAccessibility();
		type("year", "2026");
		type("title", "Your online life");
		submit();
		assertThat(find(".govuk-notification-banner").getText()).contains("Survey started");
		assertThat(find("#questions").getText()).contains("Have you been bullied online?").contains("ease");
		checkAccessibility();
		screenshot(driver, "survey-design-1280");
		clickAndWait(driver, driver.findElement(By.partialLinkText("Change wording")));
		checkAccessibility();
		type("text", "How old are you now?");
		submit();
		assertThat(find("#questions").getText()).contains("How old are you now?");
		clickAndWait(find("#publish"));
		assertThat(find("#status").getText()).isEqualTo("Published");
		assertThat(find("#hash").getText()).hasSize(64);
		checkAccessibility();
		type("label", "Riverside Academy Year 8");
		submit();
		String code = find("#links .sv-code").getText();
		assertThat(code).hasSize(8);
		checkAccessibility();

		String surveyPage = driver.getCurrentUrl();
		WebDriver phone = phoneWithoutJavaScript();
		try {
			phone.get(baseUrl() + "/youth-survey");
			new WebDriverWait(phone, Duration.ofSeconds(60))
				.until((b) -> !b.findElements(By.cssSelector("footer")).isEmpty());
			assertThat((Boolean) ((JavascriptExecutor) phone)
				.executeScript("return document.body.classList.contains('js-enabled')")).as("page scripts are off")
				.isFalse();
			checkAsSeenOnThePhone(phone);
			phone.findElement(By.id("code")).sendKeys("wrong");
			submit(phone);
			assertThat(phone.getTitle()).startsWith("Error: ");
			// the refused code is a page of its own: check it by refusing one in the main
			// browser
			open("/youth-survey");
			type("code", "wrong");
			submit();
			assertThat(driver.getTitle()).isEqualTo(phone.getTitle());
			checkAccessibility();
			phone.findElement(By.id("code")).clear();
			phone.findElement(By.id("code")).sendKeys(code.toLowerCase());
			submit(phone);
			checkAsSeenOnThePhone(phone);
			phone.findElement(By.cssSelector("label[for='easyRead-2']")).click();
			submit(phone);
			Map<String, String> choices = Map.of("How old are you?", "13", "Are you a boy, a girl, or something else?",
					"Girl", "Is any of this true for you?", "I look after someone at home",
					"Has anyone been mean to you on the web again and again?", "Yes");
			int pages = 0;
			while (phone.getCurrentUrl().contains("/questions/")) {
				pages++;
				checkAsSeenOnThePhone(phone);
				String question = phone.findElement(By.tagName("h1")).getText();
				assertThat(phone.findElement(By.id("progress")).getText()).startsWith("Question " + pages + " of ");
				if (pages == 4) {
					screenshot(phone, "survey-question-390");
				}
				String choice = choices.entrySet()
					.stream()
					.filter((entry) -> question.startsWith(entry.getKey()))
					.map(Map.Entry::getValue)
					.findFirst()
					.orElse(null);
				if (choice != null) {
					phone.findElement(By.xpath("//label[normalize-space()='" + choice + "']")).click();
					submit(phone);
				}
				else {
					clickAndWait(phone, phone.findElement(By.cssSelector("button[name='skip']")));
				}
			}
			assertThat(pages).isEqualTo(33);
			assertThat(phone.findElement(By.id("answered")).getText()).isEqualTo("You answered 4 of 33 questions.");
			checkAsSeenOnThePhone(phone);
			Set<Cookie> cookies = phone.manage().getCookies();
			assertThat(cookies).as("only the session cookie, gone when the browser closes").allSatisfy((cookie) -> {
				assertThat(cookie.getName()).isEqualTo("JSESSIONID");
				assertThat(cookie.getExpiry()).isNull();
				assertThat(cookie.isHttpOnly()).isTrue();
			});
			submit(phone);
			assertThat(phone.findElement(By.cssSelector(".govuk-panel__title")).getText()).isEqualTo("Thank you");
			assertThat(phone.findElement(By.tagName("main")).getText()).contains("call 999")
				.contains("Childline")
				.contains("CEOP")
				.contains("Report Remove");
			checkAsSeenOnThePhone(phone);
			screenshot(phone, "survey-help-390");
		}
		finally {
			phone.quit();
		}

		driver.get(surveyPage);
		follow("See results");
		assertThat(find("#responses").getText()).isEqualTo("Responses so far: 1");
		checkAccessibility();
		screenshot(driver, "survey-results-1280");
		clickAndWait(driver, driver.findElement(By.partialLinkText("See by group")));
		checkAccessibility();
	}

	private static WebDriver phoneWithoutJavaScript() {
		return chromium(390, 844, false);
	}

	private static void submit(WebDriver browser) {
		clickAndWait(browser, browser.findElement(By.cssSelector("main button[type=submit]")));
	}

	private static void clickAndWait(WebDriver browser, WebElement element) {
		WebElement page = browser.findElement(By.tagName("html"));
		element.click();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
		wait.until((b) -> gone(page));
		wait.ignoring(WebDriverException.class).until((b) -> !b.findElements(By.cssSelector("footer")).isEmpty());
	}

	/**
	 * Whether the page the element was on has gone. Without page scripts the browser does
	 * not wait for the next page, so asking in the middle of the change can fail with
	 * neither answer (no execution context yet): that means ask again.
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException | NoSuchElementException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			return false;
		}
	}

	/**
	 * Runs the accessibility checks on the page the phone shows, in the main browser with
	 * the young person's session. axe-core's injected script can stall in a browser whose
	 * JavaScript is switched off, so the phone only proves the journey works without it;
	 * the page itself is the same HTML in both.
	 */
	private void checkAsSeenOnThePhone(WebDriver phone) {
		String heading = phone.findElement(By.tagName("h1")).getText();
		String page = phone.getCurrentUrl();
		Cookie youngPerson = phone.manage().getCookieNamed("JSESSIONID");
		Cookie admin = driver.manage().getCookieNamed("JSESSIONID");
		swapSession(youngPerson);
		try {
			driver.get(page);
			assertThat(heading()).as("the same page as the phone's").isEqualTo(heading);
			checkAccessibility();
		}
		finally {
			swapSession(admin);
		}
	}

	/** Replaces the main browser's session cookie, from a page of this service. */
	private void swapSession(Cookie session) {
		if (!driver.getCurrentUrl().startsWith(baseUrl())) {
			open("/accessibility");
		}
		driver.manage().deleteCookieNamed("JSESSIONID");
		if (session != null) {
			driver.manage().addCookie(new Cookie("JSESSIONID", session.getValue(), "/"));
		}
	}

	private static void screenshot(WebDriver browser, String name) throws Exception {
		Files.createDirectories(SCREENSHOTS);
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}
