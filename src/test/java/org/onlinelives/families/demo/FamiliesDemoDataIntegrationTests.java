package org.onlinelives.families.demo;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onlinelives.families.HelpDirectory;
import org.onlinelives.families.HelpEntry;
import org.onlinelives.families.HelpTopic;
import org.onlinelives.families.ServiceKind;
import org.onlinelives.families.SignpostingNeed;
import org.onlinelives.support.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo profile fills the demo partnership's help directory and makes two advice
 * packs.
 */
@ActiveProfiles("demo")
@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:families-demo;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class FamiliesDemoDataIntegrationTests extends WebIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HelpDirectory directory;

	@Test
	void theDemoPartnershipHasAHelpDirectoryAndTwoPacks() {
		long partnership = this.jdbc.sql("select id from partnership where name like '%(fictional demo)'")
			.query(Long.class)
			.single();
		assertThat(this.jdbc.sql("select title from advice_pack where partnership_id = :p order by title")
			.param("p", partnership)
			.query(String.class)
			.list()).containsExactly("Gaming and spending", "Sharing pictures");
		assertThat(this.jdbc.sql("select count(*) from advice_pack_entry").query(Long.class).single()).isEqualTo(8);
		List<HelpEntry> lado = this.directory.forServices(partnership, List.of(ServiceKind.LADO));
		assertThat(lado).extracting(HelpEntry::name).containsExactly("Northbrook LADO");
		assertThat(lado.get(0).reviewOverdue()).isTrue();
		// removal and reporting routes by age: the children's routes stop at 17, the
		// adults' starts at 18
		assertThat(reportingRoutes(partnership, 15)).contains("CEOP", "Report Remove")
			.doesNotContain("Revenge Porn Helpline");
		assertThat(reportingRoutes(partnership, 19)).contains("Revenge Porn Helpline")
			.doesNotContain("CEOP", "Report Remove");
		assertThat(this.jdbc.sql("select count(*) from directory_entry where partnership_id = :p and owner_id is null")
			.param("p", partnership)
			.query(Long.class)
			.single()).isZero();
	}

	private List<String> reportingRoutes(long partnership, int age) {
		return this.directory.forSignposting(partnership, new SignpostingNeed(Set.of(HelpTopic.CONTACT), age, true))
			.entries()
			.stream()
			.filter((entry) -> entry.kind() == ServiceKind.REPORTING)
			.map(HelpEntry::name)
			.toList();
	}

}
