package org.onlinelives.platform.setup;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.onlinelives.platform.organisation.Partnerships;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.internal.Users;
import org.onlinelives.support.TestData;
import org.onlinelives.support.TestDatabaseConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * First run on an empty database of its own: a one-time link, no default password.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:first-run;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" })
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunSetupIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FirstRunSetup setup;

	@Autowired
	Partnerships partnerships;

	@Autowired
	Users users;

	@Test
	@Order(1)
	void anEmptyDatabaseOffersASetUpLinkThatOnlyItsTokenOpens() throws Exception {
		assertThat(this.partnerships.count()).isZero();
		assertThat(this.setup.token()).hasSizeGreaterThanOrEqualTo(40);
		this.mvc.perform(get("/setup/" + this.setup.token())).andExpect(status().isOk());
		this.mvc.perform(get("/setup/" + this.setup.token() + "x")).andExpect(status().isNotFound());
		this.mvc.perform(get("/setup/short")).andExpect(status().isNotFound());
	}

	@Test
	@Order(2)
	void setUpRefusesWeakOrMismatchedPasswordsAndKeepsWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/setup/" + this.setup.token()).with(csrf())
				.param("partnershipName", "Westmere Partnership")
				.param("name", "Wren Admin")
				.param("email", "not-an-email")
				.param("password", "westmerepartnership")
				.param("confirmPassword", "different"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("Enter an email address in the correct format")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The passwords do not match")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Westmere Partnership\"")));
		assertThat(this.partnerships.count()).isZero();
	}

	@Test
	@Order(3)
	void setUpCreatesThePartnershipAndItsAdministratorOnce() throws Exception {
		String token = this.setup.token();
		this.mvc
			.perform(post("/setup/" + token).with(csrf())
				.param("partnershipName", "Westmere Partnership")
				.param("name", "Wren Admin")
				.param("email", "Wren.Admin@Westmere.example")
				.param("password", TestData.PASSWORD)
				.param("confirmPassword", TestData.PASSWORD))
			.andExpect(redirectedUrl("/sign-in?setUp"));
		assertThat(this.partnerships.count()).isEqualTo(1);
		assertThat(this.users.findByEmail("wren.admin@westmere.example")).get()
			.satisfies((admin) -> assertThat(admin.roles()).containsExactly(Role.PARTNERSHIP_ADMIN))
			.satisfies((admin) -> assertThat(admin.getPasswordHash()).startsWith("{bcrypt}"));
		this.mvc.perform(get("/setup/" + token)).andExpect(status().isNotFound());
		assertThat(this.setup.token()).isNull();
	}

}
