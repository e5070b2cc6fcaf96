package org.onlinelives.retention.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.youngpeople.Gender;
import org.onlinelives.assessment.youngpeople.ReferralSource;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.assessment.youngpeople.YoungPersonDetails;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.support.BrowserTest;
import org.onlinelives.support.TestData;
import org.onlinelives.support.TestData.UserWithSecret;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency lead puts a young person's record on legal hold from the record's page (a
 * missing reason first), sees it on the retention page and lifts it; an administrator
 * changes the schedule with a mistake first. axe-core checks every page, at 1280 and 390
 * pixels wide.
 */
class RetentionBrowserTests extends BrowserTest {

	@Autowired
	YoungPeopleService youngPeople;

	@Test
	void aLeadHoldsAndReleasesARecordAndAnAdministratorSetsTheSchedule() throws IOException {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		UserWithSecret lead = this.data.userWithSecondFactor(partnership, agency, Role.AGENCY_LEAD);
		User practitioner = this.data.user(partnership, agency, Role.PRACTITIONER);
		String reference = "HOLD-" + TestData.unique();
		long person = this.youngPeople
			.create(new SignedInUser(practitioner, false, false),
					new YoungPersonDetails(reference, null, 15, Gender.NOT_KNOWN, false, List.of(),
							ReferralSource.SCHOOL, Set.of(practitioner.getId())))
			.getId();

		signInWithSecondFactor(lead.user(), lead.secret());
		open("/young-people/" + person);
		checkAccessibility();
		assertThat(find("main").getText()).contains("Subject access request", "Legal hold");
		follow("Place legal hold");
		assertThat(heading()).isEqualTo("Place a legal hold");
		assertThat(find(".govuk-inset-text").getText()).contains(reference);
		checkAccessibility();
		submit();
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(find(".govuk-error-summary").getText()).contains("Enter the reason for the hold");
		assertThat(driver.findElement(By.id("recordId")).getAttribute("value")).isEqualTo(String.valueOf(person));
		checkAccessibility();
		type("reason", "Needed for care proceedings");
		submit();
		assertThat(heading()).isEqualTo("Retention and legal hold");
		assertThat(find(".govuk-notification-banner--success").getText()).contains("Legal hold placed");
		assertThat(find("main").getText()).contains("Needed for care proceedings");
		checkAccessibility();
		screenshots("retention-lead");
		clickAndWait(driver.findElement(By.cssSelector("main form[action$='/lift'] button")));
		assertThat(find(".govuk-notification-banner--success").getText()).contains("Legal hold lifted");
		checkAccessibility();

		driver.manage().deleteAllCookies();
		UserWithSecret admin = this.data.userWithSecondFactor(partnership, null, Role.PARTNERSHIP_ADMIN);
		signInWithSecondFactor(admin.user(), admin.secret());
		open("/retention");
		checkAccessibility();
		type("accessLogYears", "0");
		submit();
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(find(".govuk-error-summary").getText()).contains("Enter a whole number of years from 1 to 100");
		checkAccessibility();
		screenshots("retention-admin-error");
		type("accessLogYears", "8");
		submit();
		assertThat(find(".govuk-notification-banner--success").getText()).contains("Retention schedule saved");
		assertThat(driver.findElement(By.id("accessLogYears")).getAttribute("value")).isEqualTo("8");
		checkAccessibility();
	}

	/**
	 * Saves the page at 1280 and 390 pixels wide (target/screenshots) and checks both.
	 */
	private void screenshots(String name) throws IOException {
		Path folder = Files.createDirectories(Path.of("target", "screenshots"));
		for (int width : new int[] { 1280, 390 }) {
			driver.manage().window().setSize(new Dimension(width, 1024));
			File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), folder.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
			checkAccessibility();
		}
		driver.manage().window().setSize(new Dimension(1280, 1024));
	}

}
