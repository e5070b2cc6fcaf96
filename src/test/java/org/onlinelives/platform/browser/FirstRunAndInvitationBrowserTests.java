package org.onlinelives.platform.browser;

import org.junit.jupiter.api.Test;
import org.onlinelives.platform.setup.FirstRunSetup;
import org.onlinelives.support.BrowserTest;
import org.onlinelives.support.TestData;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new partnership's first hour, in a real browser on an empty database: set up, second
 * factor, an agency, an invitation, and the colleague's first sign-in. axe-core checks
 * every page.
 */
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:browser-first-run;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" })
class FirstRunAndInvitationBrowserTests extends BrowserTest {

	@Autowired
	FirstRunSetup setup;

	@Test
	void fromFirstRunToAnInvitedColleagueSignedIn() {
		open("/setup/" + this.setup.token());
		checkAccessibility();
		submit();
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(find(".govuk-error-summary").getText()).contains("Enter the partnership name");
		checkAccessibility();
		type("partnershipName", "Eastvale Safeguarding Partnership");
		type("name", "Ivy Administrator");
		type("email", "ivy@eastvale.example");
		type("password", TestData.PASSWORD);
		type("confirmPassword", TestData.PASSWORD);
		submit();

		assertThat(driver.getCurrentUrl()).endsWith("/sign-in?setUp");
		signIn("ivy@eastvale.example", TestData.PASSWORD);
		assertThat(heading()).isEqualTo("Set up your authenticator app");
		checkAccessibility();
		String secret = find("#secret-key").getText().replace(" ", "");
		type("code", unusedCode(secret));
		submit();
		assertThat(find("#recovery-codes").findElements(By.tagName("li"))).hasSize(10);
		checkAccessibility();
		clickAndWait(find("main a.govuk-button"));
		assertThat(heading()).isEqualTo("Welcome, Ivy Administrator");
		checkAccessibility();

		follow("Agencies");
		checkAccessibility();
		follow("Add an agency");
		checkAccessibility();
		type("name", "Eastvale CAMHS");
		driver.findElement(By.cssSelector("label[for='type-2']")).click();
		type("contactName", "Oak Contact");
		type("contactEmail", "oak@eastvale.example");
		submit();
		assertThat(heading()).isEqualTo("Eastvale CAMHS");
		assertThat(find(".govuk-notification-banner").getText()).contains("Agency added");
		checkAccessibility();

		follow("People");
		checkAccessibility();
		follow("Invite someone");
		checkAccessibility();
		submit();
		assertThat(find(".govuk-error-summary").getText()).contains("Enter a full name");
		checkAccessibility();
		type("name", "Rowan Practitioner");
		type("email", "rowan@eastvale.example");
		new Select(driver.findElement(By.id("agencyId"))).selectByVisibleText("Eastvale CAMHS");
		driver.findElement(By.cssSelector("input[name=roles][value=PRACTITIONER]")).click();
		submit();
		assertThat(heading()).isEqualTo("Invitation created");
		checkAccessibility();
		String link = find("#invitation-link").getText();
		assertThat(link).startsWith(baseUrl() + "/invitations/");

		follow("Invitations");
		checkAccessibility();
		follow("Access log");
		assertThat(find("main table").getText()).contains("Invitation sent").contains("Agency added");
		checkAccessibility();
		clickAndWait(driver.findElement(By.cssSelector(".ol-masthead button")));
		assertThat(heading()).isEqualTo("You have signed out");
		checkAccessibility();

		driver.get(link);
		checkAccessibility();
		type("password", "short");
		type("confirmPassword", "short");
		submit();
		assertThat(find(".govuk-error-summary").getText()).contains("12 characters or more");
		checkAccessibility();
		type("password", TestData.PASSWORD);
		type("confirmPassword", TestData.PASSWORD);
		submit();
		assertThat(driver.getCurrentUrl()).endsWith("/sign-in?joined");
		signIn("rowan@eastvale.example", TestData.PASSWORD);
		assertThat(heading()).isEqualTo("Welcome, Rowan Practitioner");
		checkAccessibility();
		follow("Rowan Practitioner");
		assertThat(find("main").getText()).contains("Eastvale CAMHS").contains("Practitioner");
		checkAccessibility();
	}

}
