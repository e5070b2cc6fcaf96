package org.onlinelives.platform.organisation;

import org.junit.jupiter.api.Test;

import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.support.TestData;
import org.onlinelives.support.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partnership name in every page's header is held for a few seconds, and a rename
 * saved on this node replaces it as soon as the rename commits, not before.
 */
class PartnershipNamesIntegrationTests extends WebIntegrationTest {

	@Autowired
	private PartnershipNames names;

	@Autowired
	private PartnershipSettings settings;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void aRenameShowsOnceItCommits() {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		SignedInUser signedIn = new SignedInUser(admin, false, false);
		assertThat(this.names.of(partnership.getId())).isEqualTo(partnership.getName());

		String renamed = "Renamed " + TestData.unique();
		this.transactions.executeWithoutResult((status) -> {
			Partnership changed = this.settings.of(signedIn);
			changed.rename(renamed);
			this.settings.save(signedIn, changed, "renamed");
			assertThat(this.names.of(partnership.getId())).as("before the rename commits")
				.isEqualTo(partnership.getName());
		});
		assertThat(this.names.of(partnership.getId())).isEqualTo(renamed);
	}

	@Test
	void theNameIsHeldRatherThanReadOnEveryPage() {
		Partnership partnership = this.data.partnership();
		assertThat(this.names.of(partnership.getId())).isEqualTo(partnership.getName());
		// as another node would rename it: this node shows the old name until it is
		// forgotten (at most PartnershipNames.HELD_FOR later)
		this.jdbc.sql("update partnership set name = :name where id = :id")
			.param("name", "Elsewhere " + TestData.unique())
			.param("id", partnership.getId())
			.update();
		assertThat(this.names.of(partnership.getId())).isEqualTo(partnership.getName());
		this.names.forget(partnership.getId());
		assertThat(this.names.of(partnership.getId())).startsWith("Elsewhere ");
	}

	@Test
	void anUnknownPartnershipHasNoName() {
		assertThat(this.names.of(Long.MAX_VALUE)).isEmpty();
	}

}
