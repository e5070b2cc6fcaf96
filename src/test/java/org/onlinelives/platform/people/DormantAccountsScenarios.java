package org.onlinelives.platform.people;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The daily check of unused accounts, called directly as the scheduler would: warn after
 * 90 days without a sign-in, deactivate 14 days after the warning, log both, and list
 * them for administrators.
 */
abstract class DormantAccountsScenarios extends WebIntegrationTest {

	@Autowired
	DormantAccounts dormant;

	@Autowired
	SignInCounters counters;

	@Autowired
	JdbcClient jdbc;

	private void lastSignedIn(User user, Instant at) {
		this.jdbc.sql("update app_user set last_signed_in_at = :at, created_at = :at where id = :id")
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("id", user.getId())
			.update();
	}

	private long events(User user, String event) {
		return this.jdbc.sql("select count(*) from access_log where user_id = :user and event = :event")
			.param("user", user.getId())
			.param("event", event)
			.query(Long.class)
			.single();
	}

	@Test
	void anUnusedAccountIsWarnedThenDeactivatedAndBothAreLogged() throws Exception {
		Instant now = Instant.now();
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		User unused = this.data.user(partnership, agency, Role.PRACTITIONER);
		User recent = this.data.user(partnership, agency, Role.PRACTITIONER);
		lastSignedIn(unused, now.minus(Duration.ofDays(91)));
		lastSignedIn(recent, now.minus(Duration.ofDays(89)));

		this.dormant.check(now);
		assertThat(events(unused, "DORMANCY_WARNED")).isEqualTo(1);
		assertThat(events(recent, "DORMANCY_WARNED")).isZero();
		assertThat(this.data.reload(unused).isActive()).isTrue();

		Document page = Jsoup.parse(this.mvc.perform(get("/admin/users/dormant").with(SignedIn.as(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Unused accounts");
		assertThat(page.select("table tbody tr").eachText()).hasSize(1)
			.allMatch((row) -> row.contains(unused.getDisplayName()) && row.contains("Warned"));

		// a second run the same day warns nobody twice
		this.dormant.check(now.plus(Duration.ofHours(1)));
		assertThat(events(unused, "DORMANCY_WARNED")).isEqualTo(1);

		this.dormant.check(now.plus(Duration.ofDays(13)));
		assertThat(this.data.reload(unused).isActive()).isTrue();
		this.dormant.check(now.plus(Duration.ofDays(14)).plusSeconds(1));
		assertThat(this.data.reload(unused).isActive()).isFalse();
		assertThat(events(unused, "DORMANT_DEACTIVATED")).isEqualTo(1);
	}

	@Test
	void signingInAfterTheWarningKeepsTheAccount() {
		Instant now = Instant.now();
		Partnership partnership = this.data.partnership();
		User person = this.data.user(partnership, this.data.agency(partnership), Role.PRACTITIONER);
		lastSignedIn(person, now.minus(Duration.ofDays(120)));
		this.dormant.check(now);
		this.counters.recordSuccess(person.getId(), now.plus(Duration.ofDays(2)));
		this.dormant.check(now.plus(Duration.ofDays(15)));
		assertThat(this.data.reload(person).isActive()).isTrue();
		assertThat(events(person, "DORMANT_DEACTIVATED")).isZero();
	}

	@Test
	void thePartnershipsLastActiveAdministratorIsNeverDeactivated() {
		Instant now = Instant.now();
		Partnership partnership = this.data.partnership();
		User onlyAdmin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		lastSignedIn(onlyAdmin, now.minus(Duration.ofDays(200)));
		this.dormant.check(now);
		this.dormant.check(now.plus(Duration.ofDays(30)));
		assertThat(this.data.reload(onlyAdmin).isActive()).isTrue();
		assertThat(events(onlyAdmin, "DORMANCY_WARNED")).isEqualTo(1);
	}

}
