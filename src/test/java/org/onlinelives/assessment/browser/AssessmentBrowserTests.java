package org.onlinelives.assessment.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.BrowserTest;
import org.onlinelives.support.TestData;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practitioner records a young person and completes an assessment page by page in a
 * real browser, with axe-core on every page visited, then answers an urgent prompt.
 */
class AssessmentBrowserTests extends BrowserTest {

	@Test
	void aPractitionerCompletesAnAssessmentStepByStep() {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		User practitioner = this.data.user(partnership, agency, Role.PRACTITIONER);
		signIn(practitioner.getEmail(), TestData.PASSWORD);
		assertThat(heading()).startsWith("Welcome");
		checkAccessibility();

		open("/young-people");
		checkAccessibility();
		clickAndWait(By.cssSelector("main a.govuk-button"));
		assertThat(heading()).isEqualTo("Record a young person");
		checkAccessibility();
		String reference = "BROWSER-" + TestData.unique();
		type("caseReference", reference);
		type("age", "27");
		click("gender");
		click("onlineComponent");
		click("referralSource");
		submit();
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(find(".govuk-error-summary").getText()).contains("Age must be between 0 and 25");
		assertThat(driver.findElement(By.id("caseReference")).getAttribute("value")).isEqualTo(reference);
		checkAccessibility();
		type("age", "14");
		driver.findElement(By.cssSelector("label[for='otherPlatforms-chosen']")).click();
		type("otherPlatforms", "A messaging app");
		submit();
		assertThat(heading()).isEqualTo("Young person " + reference);
		checkAccessibility();

		submit();
		assertThat(heading()).isEqualTo("Vulnerability factors");
		checkAccessibility();
		click("factors");
		submit();
		assertThat(heading()).isEqualTo("High-risk online scenarios");
		checkAccessibility();
		click("scenarios-CONDUCT_SHARED_INTIMATE_IMAGE");
		click("whyShared");
		submit();
		assertThat(heading()).isEqualTo("Offline context");
		checkAccessibility();
		submit();
		assertThat(heading()).isEqualTo("Concerns");
		checkAccessibility();
		click("concerns");
		submit();
		for (int i = 0; i < 10; i++) {
			assertThat(heading()).startsWith("10 Cs: ");
			checkAccessibility();
			if (i == 1) {
				click("rating-4");
				type("youngPersonView", "I want them deleted");
			}
			submit();
		}
		assertThat(heading()).isEqualTo("Check your answers");
		checkAccessibility();
		assertThat(find("main").getText()).contains("I want them deleted", "Report the picture for removal");

		clickAndWait(By.id("complete"));
		assertThat(heading()).isEqualTo("Assessment version 1");
		checkAccessibility();
		List<String> prompts = driver.findElements(By.cssSelector(".ol-prompt"))
			.stream()
			.map((prompt) -> prompt.getAttribute("id"))
			.toList();
		// a picture shared under pressure from a peer: report it for removal and
		// reassure;
		// pressure alone is not a police and CEOP matter (Bromley SCB online safety
		// strategy §5.24)
		assertThat(prompts).contains("prompt-EARLY_REMOVAL_REPORT", "prompt-REASSURE_THE_YOUNG_PERSON")
			.doesNotContain("prompt-POLICE_AND_CEOP");
		chartLabelsAreBodyTextAboveTheirBars();

		// the caseload with a row in it: its prompts column stays on screen at 390 px
		open("/young-people");
		assertThat(find("#caseload").getText()).contains(reference, "urgent");
		checkAccessibility();

		open("/");
		assertThat(find("#urgent-prompts").getText()).contains(reference);
		checkAccessibility();
		clickAndWait(By.cssSelector("#urgent-prompts a"));
		assertThat(driver.findElement(By.cssSelector("h1")).getText()).isNotBlank();
		checkAccessibility();
		click("answer-2");
		submit();
		assertThat(driver.getTitle()).startsWith("Error: ");
		checkAccessibility();
		click("answer-2");
		type("note", "Already reported by the school's safeguarding lead");
		submit();
		assertThat(find(".govuk-notification-banner").getText()).contains("not applicable");
		checkAccessibility();

		open(driver.getCurrentUrl().replaceAll("#.*$", "").replace(baseUrl(), "") + "/notes");
		checkAccessibility();
		type("text", "Met at school with her head of year");
		submit();
		assertThat(find("main").getText()).contains("Met at school with her head of year");
		checkAccessibility();
	}

	// The 10 Cs chart's labels are body text at every width, each above its bar rather
	// than squeezed beside it
	private void chartLabelsAreBodyTextAboveTheirBars() {
		for (int width : WIDTHS) {
			resizeTo(width);
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> labels = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript(
					"""
							var body = parseFloat(getComputedStyle(document.querySelector('main p.govuk-body')).fontSize);
							return Array.from(document.querySelectorAll('#ten-cs-chart .ol-chart__row')).map(function (row) {
							  var label = row.querySelector('.ol-chart__label');
							  return { size: parseFloat(getComputedStyle(label).fontSize), body: body,
							           labelBottom: label.getBoundingClientRect().bottom,
							           trackTop: row.querySelector('.ol-chart__track').getBoundingClientRect().top };
							});""");
			assertThat(labels).as("chart rows at %d px", width).hasSize(10).allSatisfy((label) -> {
				assertThat(((Number) label.get("size")).doubleValue()).as("label size at %d px", width)
					.isGreaterThanOrEqualTo(((Number) label.get("body")).doubleValue())
					.isGreaterThanOrEqualTo(16);
				assertThat(((Number) label.get("labelBottom")).doubleValue()).as("label above its bar at %d px", width)
					.isLessThanOrEqualTo(((Number) label.get("trackTop")).doubleValue());
			});
		}
	}

	@Test
	void anImageAttachedInTheBrowserIsRefusedWithTheReason() throws Exception {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		User practitioner = this.data.user(partnership, agency, Role.PRACTITIONER);
		signIn(practitioner.getEmail(), TestData.PASSWORD);
		open("/young-people/new");
		type("caseReference", "UPLOAD-" + TestData.unique());
		type("age", "15");
		click("gender");
		click("onlineComponent");
		click("referralSource");
		submit();
		submit();
		String notes = driver.getCurrentUrl().replace(baseUrl(), "").replace("/factors", "/notes");
		open(notes);
		checkAccessibility();
		java.nio.file.Path picture = java.nio.file.Files.createTempFile("picture", ".png");
		java.nio.file.Files.write(picture, new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 });
		driver.findElement(By.id("file")).sendKeys(picture.toAbsolutePath().toString());
		clickAndWait(By.cssSelector("form[enctype='multipart/form-data'] button"));
		assertThat(heading()).isEqualTo("Files cannot be attached");
		assertThat(find("main").getText()).contains("Indecent images of children must never be stored");
		checkAccessibility();
		java.nio.file.Files.deleteIfExists(picture);
	}

	/**
	 * Submits and waits for the next page to replace this one, so the next look at the
	 * page never catches the old one.
	 */
	@Override
	protected void submit() {
		WebElement page = driver.findElement(By.tagName("html"));
		super.submit();
		new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
	}

	private void clickAndWait(By target) {
		WebElement page = driver.findElement(By.tagName("html"));
		driver.findElement(target).click();
		new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
	}

	private void click(String id) {
		WebElement element = driver.findElement(By.id(id));
		// GOV.UK radios and checkboxes hide the input under a styled label
		driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
		assertThat(element.isSelected()).as("%s selected", id).isTrue();
	}

}
