package org.onlinelives.families.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.BrowserTest;
import org.onlinelives.support.TestData;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The help directory as people use it: an administrator adds a helpline, a practitioner
 * sees it in an assessment's signposting prompt, the administrator assembles an advice
 * pack, a family opens the pack's public page without signing in, and a practitioner
 * prints the pack. axe-core checks every page at a phone's width and a desktop's.
 */
class FamiliesBrowserTests extends BrowserTest {

	@Test
	void addAnEntrySeeItInTheSignpostingPromptAssembleAPackOpenItSignedOutAndPrintIt() throws IOException {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		User practitioner = this.data.user(partnership, agency, Role.PRACTITIONER);
		TestData.UserWithSecret admin = this.data.userWithSecondFactor(partnership, null, Role.PARTNERSHIP_ADMIN);

		// An administrator adds a helpline to the directory
		signInWithSecondFactor(admin.user(), admin.secret());
		open("/help-directory");
		assertThat(heading()).isEqualTo("Help directory");
		checkAccessibility();
		follow("Add an entry");
		checkAccessibility();
		type("name", "Gaming Worries Line");
		type("minAge", "eleven");
		submit();
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(find(".govuk-error-summary").getText()).contains("Select the kind of service")
			.contains("Enter the age as a whole number")
			.contains("Enter a review date");
		checkAccessibility();
		choose("kind", "HELPLINE");
		type("description", "Free, confidential advice on gaming, in-game spending and online friends.");
		choose("audiences", "YOUNG_PEOPLE");
		choose("audiences", "PARENTS_AND_CARERS");
		choose("topics", "COMMERCE");
		choose("topics", "COMMUNITIES");
		choose("reach", "NATIONAL");
		type("minAge", "11");
		type("maxAge", "18");
		type("phone", "0800 555 0199");
		type("webAddress", "https://gaming-worries.example");
		type("hours", "Every day, 9am to 9pm");
		LocalDate review = LocalDate.now(ZoneOffset.UTC).plusMonths(6);
		type("reviewDay", String.valueOf(review.getDayOfMonth()));
		type("reviewMonth", String.valueOf(review.getMonthValue()));
		type("reviewYear", String.valueOf(review.getYear()));
		assertThat(driver.findElement(By.id("owner")).getAttribute("value")).isEqualTo(admin.user().getEmail());
		submit();
		assertThat(find(".govuk-notification-banner").getText()).contains("Entry added");
		assertThat(heading()).isEqualTo("Gaming Worries Line");
		checkAccessibility();
		open("/help-directory?topic=COMMUNITIES&age=14");
		assertThat(find("#directory").getText()).contains("Gaming Worries Line");
		checkAccessibility();
		screenshot("families-directory");

		// A practitioner sees it in the signposting prompt of a 14-year-old's assessment
		driver.manage().deleteAllCookies();
		signIn(practitioner.getEmail(), TestData.PASSWORD);
		open("/young-people/new");
		type("caseReference", "GAMING-" + TestData.unique());
		type("age", "14");
		click("gender");
		click("onlineComponent");
		click("referralSource");
		submit();
		submit();
		String base = driver.getCurrentUrl().replace(baseUrl(), "").replace("/factors", "");
		open(base + "/scenarios");
		click("scenarios-COMMUNITIES_GAMING");
		submit();
		open(base);
		String signposting = find("#prompt-SIGNPOSTING .ol-signposting").getText();
		assertThat(signposting).contains("Entries that help with Communities, for someone aged 14")
			.contains("Gaming Worries Line")
			.contains("0800 555 0199");
		checkAccessibility();
		screenshot("families-signposting-prompt");

		// The administrator assembles an advice pack from it
		driver.manage().deleteAllCookies();
		signInWithSecondFactor(admin.user(), admin.secret());
		open("/help-directory/packs");
		checkAccessibility();
		follow("Assemble a pack");
		checkAccessibility();
		submit();
		assertThat(find(".govuk-error-summary").getText()).contains("Enter the topic")
			.contains("Enter the advice")
			.contains("Choose at least one service");
		checkAccessibility();
		type("title", "Gaming and spending");
		type("intro", "For parents and carers of children who play games online.");
		type("advice", "Play the game with them and ask what they enjoy.\n\n"
				+ "- Set a spending limit together\n- Turn off in-app purchases\n- Talk about who they play with");
		driver.findElement(By.xpath("//label[normalize-space()='Gaming Worries Line']")).click();
		submit();
		assertThat(find(".govuk-notification-banner").getText()).contains("Advice pack assembled");
		checkAccessibility();
		screenshot("families-pack");
		String publicAddress = find("#public-address").getAttribute("href");
		String pdfPath = find("a[href$='/pack.pdf']").getAttribute("href").replace(baseUrl(), "");
		assertThat(publicAddress).contains("/help/packs/gaming-and-spending-");

		// A family opens the public page without signing in
		driver.manage().deleteAllCookies();
		driver.get(publicAddress);
		assertThat(heading()).isEqualTo("Gaming and spending");
		assertThat(find("#advice").getText()).contains("Set a spending limit together");
		assertThat(find("#pack-entries").getText()).contains("Gaming Worries Line")
			.contains("0800 555 0199")
			.contains("For ages 11 to 18");
		assertThat(find("main").getText()).doesNotContain(admin.user().getDisplayName())
			.doesNotContain(admin.user().getEmail());
		assertThat(driver.findElements(By.cssSelector("#navigation"))).isEmpty();
		checkAccessibility();
		screenshot("families-public-pack");

		// A practitioner prints the pack
		signIn(practitioner.getEmail(), TestData.PASSWORD);
		open(pdfPath.replace("/pack.pdf", ""));
		checkAccessibility();
		List<?> download = (List<?>) ((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], { credentials: 'same-origin' })
				  .then((r) => r.arrayBuffer().then((b) => done([r.status, r.headers.get('content-type'),
				    String.fromCharCode(...new Uint8Array(b).slice(0, 5)), b.byteLength])));""", pdfPath);
		assertThat(download.get(0)).isEqualTo(200L);
		assertThat(download.get(1)).isEqualTo("application/pdf");
		assertThat(download.get(2)).isEqualTo("%PDF-");
		assertThat(((Number) download.get(3)).longValue()).isGreaterThan(1000);
	}

	/** Ticks a GOV.UK radio or checkbox by its value, through its label. */
	private void choose(String name, String value) {
		String id = driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"))
			.getAttribute("id");
		click(id);
	}

	private void click(String id) {
		driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
		assertThat(driver.findElement(By.id(id)).isSelected()).as("%s selected", id).isTrue();
	}

	private void screenshot(String name) throws IOException {
		Path folder = Path.of("target", "screenshots");
		Files.createDirectories(folder);
		Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

}
