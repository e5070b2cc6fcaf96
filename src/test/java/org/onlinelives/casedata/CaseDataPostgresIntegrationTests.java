package org.onlinelives.casedata;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.onlinelives.support.PostgresTest;
import org.onlinelives.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The case data scenarios on PostgreSQL, and what only PostgreSQL shows: the planner's
 * statistics of the fact tables refreshed by a rebuild (without them the dashboards were
 * planned for empty tables, perf/REPORT.md).
 */
@PostgresTest
class CaseDataPostgresIntegrationTests extends CaseDataScenarios {

	@Test
	void aRebuildRefreshesThePlannersStatisticsOfTheFactTables() throws Exception {
		world();
		OffsetDateTime before = this.jdbc.sql("select now()").query(OffsetDateTime.class).single();
		this.mvc.perform(post("/case-data/rebuild").with(SignedIn.as(this.admin)).with(csrf()));
		// the cumulative statistics views are updated a moment after the transaction ends
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc.sql("""
					select relname from pg_stat_user_tables
					where schemaname = current_schema() and last_analyze >= :before
					  and relname in ('case_fact', 'case_fact_item', 'case_fact_prompt')""")
				.param("before", before)
				.query(String.class)
				.list()).containsExactlyInAnyOrder("case_fact", "case_fact_item", "case_fact_prompt"));
	}

}
