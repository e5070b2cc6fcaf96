package org.onlinelives.platform.setup;

import org.junit.jupiter.api.Test;

import org.onlinelives.support.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The large-partnership profile writes the sizes it is asked for, with rows the
 * application can read: prompts raised by the rules, the caseload's stored counts equal
 * to the prompts really open, audits for every agency and year, and the access log.
 */
@ActiveProfiles("large-partnership")
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:large-partnership;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
		"onlinelives.large-partnership.agencies=4", "onlinelives.large-partnership.staff=30",
		"onlinelives.large-partnership.young-people=60", "onlinelives.large-partnership.assessment-versions=150",
		"onlinelives.large-partnership.audit-years=2", "onlinelives.large-partnership.access-log-rows=500" })
class LargePartnershipIntegrationTests extends WebIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void writesTheSizesAskedForWithConsistentRows() {
		long partnership = this.jdbc.sql("select id from partnership where name = :name")
			.param("name", LargePartnership.NAME)
			.query(Long.class)
			.single();
		assertThat(count("select count(*) from agency where partnership_id = :p", partnership)).isEqualTo(4);
		assertThat(count("select count(*) from app_user where partnership_id = :p", partnership)).isEqualTo(30);
		assertThat(count("select count(*) from young_person where partnership_id = :p", partnership)).isEqualTo(60);
		assertThat(count("select count(*) from assessment where partnership_id = :p", partnership)).isEqualTo(150);
		assertThat(count("""
				select count(*) from assessment_prompt p join assessment a on a.id = p.assessment_id
				where a.partnership_id = :p""", partnership)).isPositive();
		assertThat(count("""
				select count(*) from young_person yp where yp.partnership_id = :p
				  and yp.open_prompts <> (select count(*) from assessment_prompt p
				      join assessment a on a.id = p.assessment_id
				      where a.young_person_id = yp.id and p.answer is null)""", partnership)).isZero();
		assertThat(count("""
				select count(*) from young_person yp where yp.partnership_id = :p
				  and yp.open_urgent_prompts <> (select count(*) from assessment_prompt p
				      join assessment a on a.id = p.assessment_id
				      where a.young_person_id = yp.id and p.answer is null and p.urgency = 'URGENT')""", partnership))
			.isZero();
		assertThat(
				count("select count(*) from young_person where partnership_id = :p and open_prompts > 0", partnership))
			.as("some young people have open prompts, so the counts above are tried")
			.isPositive();
		assertThat(count("select count(*) from audit where partnership_id = :p", partnership)).isEqualTo(8);
		assertThat(count("select count(*) from audit_statement s join audit a on a.id = s.audit_id "
				+ "where a.partnership_id = :p", partnership))
			.isEqualTo(8 * 36);
		assertThat(count("select count(*) from access_log where partnership_id = :p", partnership)).isEqualTo(500);
	}

	private long count(String sql, long partnership) {
		return this.jdbc.sql(sql).param("p", partnership).query(Long.class).single();
	}

}
