package org.onlinelives.assessment.demo;

import org.junit.jupiter.api.Test;
import org.onlinelives.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo profile adds fictional young people with assessments to the demo partnership.
 */
@ActiveProfiles("demo")
@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:assessment-demo;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class DemoYoungPeopleIntegrationTests extends WebIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void demoPartnershipHasFictionalYoungPeopleWithAssessments() {
		assertThat(this.jdbc.sql("""
				select yp.case_reference from young_person yp join partnership p on p.id = yp.partnership_id
				where p.name like '%(fictional demo)' order by yp.case_reference""").query(String.class).list())
			.containsExactly("DEMO-001", "DEMO-002", "DEMO-003");
		assertThat(this.jdbc
			.sql("select status from assessment a join young_person yp on yp.id = a.young_person_id "
					+ "where yp.case_reference like 'DEMO-%' order by yp.case_reference, a.sequence_number")
			.query(String.class)
			.list()).containsExactly("COMPLETED", "COMPLETED", "COMPLETED", "IN_PROGRESS");
		assertThat(this.jdbc
			.sql("select count(*) from assessment_prompt p join assessment a on a.id = p.assessment_id "
					+ "join young_person yp on yp.id = a.young_person_id where yp.case_reference = 'DEMO-001' "
					+ "and p.urgency = 'URGENT' and p.answer is null")
			.query(Long.class)
			.single()).isPositive();
	}

}
