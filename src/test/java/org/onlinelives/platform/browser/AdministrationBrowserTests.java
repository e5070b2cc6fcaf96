package org.onlinelives.platform.browser;

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
 * Signing in with the second factor, then every administration page, checked by axe-core.
 */
class AdministrationBrowserTests extends BrowserTest {

	@Test
	void anAdministratorSignsInWithTheSecondFactorAndVisitsEveryAdministrationPage() {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		User practitioner = this.data.user(partnership, agency, Role.PRACTITIONER);
		TestData.UserWithSecret admin = this.data.userWithSecondFactor(partnership, null, Role.PARTNERSHIP_ADMIN);

		signIn(admin.user().getEmail(), "a wrong password for sure");
		assertThat(find(".govuk-error-summary").getText()).contains("Enter a correct email address and password");
		checkAccessibility();
		signIn(admin.user().getEmail(), TestData.PASSWORD);
		type("code", "000000");
		submit();
		assertThat(find(".govuk-error-summary").getText()).contains("The code is not correct");
		checkAccessibility();
		type("code", unusedCode(admin.secret()));
		submit();
		assertThat(heading()).startsWith("Welcome");

		for (String path : new String[] { "/admin/users", "/admin/users/" + practitioner.getId(), "/admin/agencies",
				"/admin/agencies/" + agency.getId(), "/admin/agencies/" + agency.getId() + "/edit",
				"/admin/partnership", "/admin/access-log", "/admin/access-log/sign-in-failures",
				"/admin/access-log/sign-in-failures?by=account&period=YEAR", "/admin/users/dormant",
				"/admin/invitations", "/account", "/account/password", "/accessibility", "/privacy",
				"/admin/users/999999999" }) {
			open(path);
			checkAccessibility();
		}
		assertThat(heading()).isEqualTo("Page not found");

		open("/admin/users/" + practitioner.getId());
		driver.findElement(By.cssSelector("input[name=roles][value=QA_REVIEWER]")).click();
		submit();
		assertThat(find(".govuk-notification-banner").getText()).contains("Roles changed");
		checkAccessibility();

		open("/admin/agencies/" + agency.getId() + "/edit");
		type("contactPhone", "not a phone");
		submit();
		assertThat(driver.getTitle()).startsWith("Error: ");
		checkAccessibility();
	}

	@Test
	void aPractitionerIsRefusedAdministrationWithTheServicesOwnPage() {
		Partnership partnership = this.data.partnership();
		User practitioner = this.data.user(partnership, this.data.agency(partnership), Role.PRACTITIONER);
		signIn(practitioner.getEmail(), TestData.PASSWORD);
		open("/admin/users");
		assertThat(heading()).isEqualTo("You do not have permission to see this page");
		checkAccessibility();
	}

	@Test
	void aFormSentAfterTheSessionEndedSaysSoNotThatTheRolesAreWrong() {
		Partnership partnership = this.data.partnership();
		User practitioner = this.data.user(partnership, this.data.agency(partnership), Role.PRACTITIONER);
		signIn(practitioner.getEmail(), TestData.PASSWORD);
		open("/account/password");
		type("currentPassword", TestData.PASSWORD);
		// the session ends while the form is open (signed out elsewhere, or timed out)
		driver.manage().deleteAllCookies();
		submit();
		assertThat(heading()).isEqualTo("Your form could not be sent");
		assertThat(find("main").getText()).contains("Nothing on it was saved").doesNotContain("roles");
		checkAccessibility();
	}

	@Test
	void changingThePasswordSignsOutTheOtherSessionAndKeepsThisOne() {
		Partnership partnership = this.data.partnership();
		User practitioner = this.data.user(partnership, this.data.agency(partnership), Role.PRACTITIONER);
		signIn(practitioner.getEmail(), TestData.PASSWORD);
		org.openqa.selenium.Cookie elsewhere = driver.manage().getCookieNamed("JSESSIONID");
		driver.manage().deleteAllCookies();
		signIn(practitioner.getEmail(), TestData.PASSWORD);
		open("/account/password");
		type("currentPassword", TestData.PASSWORD);
		type("password", "Seven green lanterns drift past the mill");
		type("confirmPassword", "Seven green lanterns drift past the mill");
		submit();
		assertThat(find(".govuk-notification-banner").getText()).contains("Your password has been changed");
		checkAccessibility();
		open("/account");
		assertThat(heading()).isEqualTo("Your account");

		driver.manage().deleteAllCookies();
		driver.manage().addCookie(elsewhere);
		open("/account");
		assertThat(driver.getCurrentUrl()).endsWith("/sign-in?expired");
		assertThat(find(".govuk-notification-banner").getText()).contains("signed out");
		checkAccessibility();
	}

}
