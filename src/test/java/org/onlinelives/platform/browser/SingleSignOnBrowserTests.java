package org.onlinelives.platform.browser;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.Sessions;
import org.onlinelives.support.BrowserTest;
import org.onlinelives.support.OidcProvider;
import org.onlinelives.support.TestData;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in through the council's identity provider in a real browser: from our sign-in
 * page, through the provider's own sign-in form (a real OpenID Connect provider started
 * for the test), and back. axe-core checks each of our pages on the way.
 */
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:browser-sso;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" })
class SingleSignOnBrowserTests extends BrowserTest {

	@Autowired
	Sessions sessions;

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		OidcProvider.configure(registry);
	}

	/**
	 * The application as 127.0.0.1 and the provider as localhost, so the browser keeps
	 * their cookies apart.
	 */
	@Override
	protected String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	@BeforeEach
	void forgetTheProvidersSession() {
		driver.get(OidcProvider.get().issuer() + "/login");
		driver.manage().deleteAllCookies();
		open("/sign-in");
		driver.manage().deleteAllCookies();
	}

	private String atTheProvider(String email, Boolean verified, String... amr) {
		String username = "browser-" + TestData.unique();
		OidcProvider.get().add(username, new OidcProvider.Person(email, verified, List.of(amr)));
		return username;
	}

	/** Presses our button and signs in on the provider's own form. */
	private void signInThroughProvider(String username) {
		open("/sign-in");
		assertThat(find("#sso-sign-in").getText()).isEqualTo("Sign in with Westmere Council");
		checkAccessibility();
		clickAndWait(find("#sso-sign-in"));
		assertThat(driver.getCurrentUrl()).startsWith(OidcProvider.get().issuer() + "/login");
		type("username", username);
		type("password", OidcProvider.PASSWORD);
		clickAndWait(driver.findElement(By.cssSelector("button[type=submit]")));
	}

	@Test
	void aPractitionerSignsInWithTheCouncilsAccountAndArrivesHome() {
		Partnership partnership = this.data.partnership();
		User practitioner = this.data.user(partnership, this.data.agency(partnership), Role.PRACTITIONER);

		signInThroughProvider(atTheProvider(practitioner.getEmail(), true, "pwd", "mfa"));

		assertThat(driver.getCurrentUrl()).isEqualTo(baseUrl() + "/");
		assertThat(heading()).isEqualTo("Welcome, " + practitioner.getDisplayName());
		checkAccessibility();

		// a deactivation or change of roles ends this session like a password one
		this.sessions.endAllFor(practitioner.getId(), null);
		open("/");
		assertThat(driver.getCurrentUrl()).endsWith("/sign-in?expired");
	}

	@Test
	void withoutMultiFactorAtTheProviderALeadEntersTheirAuthenticatorCode() {
		Partnership partnership = this.data.partnership();
		TestData.UserWithSecret lead = this.data.userWithSecondFactor(partnership, this.data.agency(partnership),
				Role.AGENCY_LEAD);

		signInThroughProvider(atTheProvider(lead.user().getEmail(), true, "pwd"));

		assertThat(driver.getCurrentUrl()).isEqualTo(baseUrl() + "/sign-in/code");
		checkAccessibility();
		type("code", unusedCode(lead.secret()));
		submit();
		assertThat(heading()).isEqualTo("Welcome, " + lead.user().getDisplayName());
		checkAccessibility();
	}

	@Test
	void anAdministratorTurnsPasswordSignInOffForThePartnership() {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);

		signInThroughProvider(atTheProvider(admin.getEmail(), true, "pwd", "otp"));
		assertThat(heading()).isEqualTo("Welcome, " + admin.getDisplayName());
		open("/admin/partnership");
		assertThat(find("#passwordSignIn-hint").getText()).contains("Single sign-on uses Westmere Council");
		checkAccessibility();
		driver.findElement(By.cssSelector("label[for='passwordSignIn-2']")).click();
		submit();

		assertThat(find(".govuk-notification-banner").getText()).contains("Settings saved");
		assertThat(driver.findElement(By.id("passwordSignIn-2")).isSelected()).isTrue();
		checkAccessibility();
	}

	@Test
	void someoneWithoutAnAccountIsToldWhyOnTheSignInPage() {
		String stranger = "stranger-" + TestData.unique() + "@example.test";

		signInThroughProvider(atTheProvider(stranger, true, "pwd", "mfa"));

		assertThat(driver.getCurrentUrl()).isEqualTo(baseUrl() + "/sign-in?sso=unknown");
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(find(".govuk-error-summary").getText()).contains("There is no Online Lives account for " + stranger);
		checkAccessibility();
		// the summary's link leads to the button that tries again
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary a")).getAttribute("href"))
			.endsWith("#sso-sign-in");
	}

}
