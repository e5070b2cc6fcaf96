package org.onlinelives.selfaudit.demo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onlinelives.support.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the demo profile, the fictional partnership gets two audit cycles with scored
 * audits for at least five agencies.
 */
@ActiveProfiles("demo")
class SelfAuditDemoDataIntegrationTests extends WebIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void demoPartnershipHasTwoCyclesWithScoredAuditsForAtLeastFiveAgencies() {
		Long partnership = this.jdbc.sql("select id from partnership where name like 'Northbrook%'")
			.query(Long.class)
			.single();
		List<Map<String, Object>> cycles = this.jdbc
			.sql("select id, name from audit_cycle where partnership_id = :p order by period_start")
			.param("p", partnership)
			.query()
			.listOfRows();
		assertThat(cycles).hasSize(2);
		for (Map<String, Object> cycle : cycles) {
			Integer scored = this.jdbc
				.sql("""
						select count(*) from audit a where a.audit_cycle_id = :c and a.status <> 'IN_PROGRESS'
						  and 36 = (select count(*) from audit_statement s where s.audit_id = a.id and s.score is not null)""")
				.param("c", cycle.get("id"))
				.query(Integer.class)
				.single();
			assertThat(scored).as(String.valueOf(cycle.get("name"))).isGreaterThanOrEqualTo(5);
		}
		assertThat(this.jdbc.sql("select count(*) from audit where partnership_id = :p and status = 'SIGNED_OFF'")
			.param("p", partnership)
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(7);
		assertThat(this.jdbc.sql("select count(*) from audit_action where partnership_id = :p and status <> 'DONE'")
			.param("p", partnership)
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(5);
	}

}
