package org.onlinelives.workforce.browser;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.BrowserTest;
import org.onlinelives.support.TestData;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulletins and the code of conduct as people use them: an administrator writes a
 * bulletin for one agency's practitioners and publishes it, and the code of conduct; a
 * practitioner finds both on the home page and acknowledges them; the administrator sees
 * the acknowledgement rate by agency. axe-core checks every page at a phone's width and a
 * desktop's.
 */
class BulletinBrowserTests extends BrowserTest {

	@Test
	void publishABulletinAcknowledgeItAndSeeTheRate() throws Exception {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		this.data.agency(partnership);
		User practitioner = this.data.user(partnership, agency, Role.PRACTITIONER);
		TestData.UserWithSecret admin = this.data.userWithSecondFactor(partnership, null, Role.PARTNERSHIP_ADMIN);

		signInWithSecondFactor(admin.user(), admin.secret());
		open("/bulletins");
		checkAccessibility();
		follow("Manage bulletins");
		checkAccessibility();
		follow("Write a bulletin");
		checkAccessibility();
		submit();
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(find(".govuk-error-summary").getText()).contains("Enter the bulletin's title")
			.contains("Enter the text of the bulletin");
		checkAccessibility();
		type("title", "New app: Wink");
		type("body", "Wink lets strangers join a young person's live stream.\n\nAsk young people whether they use it.");
		driver.findElement(By.cssSelector("label[for=roles-3]")).click();
		driver.findElement(By.xpath("//label[normalize-space()='" + agency.getName() + "']")).click();
		submit();
		assertThat(find(".govuk-notification-banner").getText()).contains("Draft saved");
		assertThat(find("#audience").getText()).contains("Practitioner")
			.contains(agency.getName())
			.contains("Reaches 1 person");
		checkAccessibility();
		clickAndWait(find("#publish button"));
		assertThat(find(".govuk-notification-banner").getText()).contains("Bulletin published");
		String ratesPath = new URI(driver.getCurrentUrl()).getPath();
		assertThat(find("#overall-rate").getText()).contains("0 of 1");
		checkAccessibility();

		open("/code-of-conduct");
		checkAccessibility();
		follow("Publish the code of conduct");
		checkAccessibility();
		submit();
		assertThat(find(".govuk-notification-banner").getText()).contains("New version of the code of conduct");
		checkAccessibility();

		driver.manage().deleteAllCookies();
		signIn(practitioner.getEmail(), TestData.PASSWORD);
		open("/");
		assertThat(find("main").getText()).contains("To read and acknowledge")
			.contains("New app: Wink")
			.contains("Code of conduct, version 1");
		checkAccessibility();
		follow("New app: Wink");
		checkAccessibility();
		submit();
		assertThat(find("#acknowledged").getText()).contains("You have acknowledged this bulletin");
		checkAccessibility();
		follow("Back to bulletins");
		assertThat(find("#bulletins").getText()).contains("Acknowledged");
		checkAccessibility();
		follow("Read the code of conduct");
		assertThat(find("#code-text").getText()).contains("approves");
		checkAccessibility();
		submit();
		assertThat(find("#acknowledged").getText()).contains("version 1");
		open("/");
		assertThat(find("main").getText()).doesNotContain("To read and acknowledge");

		driver.manage().deleteAllCookies();
		signInWithSecondFactor(admin.user(), admin.secret());
		open(ratesPath);
		assertThat(find("#overall-rate").getText()).contains("1 of 1").contains("100%");
		assertThat(find("#rates-table").getText()).contains(agency.getName()).contains("Everyone has acknowledged");
		checkAccessibility();
		open("/code-of-conduct/coverage");
		assertThat(find("#conduct-coverage-table").getText()).contains(agency.getName()).contains("1 of 1");
		checkAccessibility();
	}

}
