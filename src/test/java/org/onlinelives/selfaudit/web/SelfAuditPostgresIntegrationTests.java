package org.onlinelives.selfaudit.web;

import org.junit.jupiter.api.Test;
import org.onlinelives.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The self-audit scenarios on PostgreSQL, in a schema of their own so that another build
 * cleaning the shared test database's public schema cannot pull the tables away mid-run.
 */
@PostgresTest
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/${ONLINELIVES_TEST_PG_DB:test}?currentSchema=selfaudit",
		"spring.flyway.schemas=selfaudit", "spring.flyway.default-schema=selfaudit" })
class SelfAuditPostgresIntegrationTests extends SelfAuditScenarios {

	@Test
	void runsOnPostgresqlInItsOwnSchema() {
		assertThat(this.jdbc.sql("select current_schema()").query(String.class).single()).isEqualTo("selfaudit");
		assertThat(this.jdbc.sql(
				"select count(*) from information_schema.tables where table_schema = 'selfaudit' and table_name = 'audit_statement'")
			.query(Long.class)
			.single()).isEqualTo(1L);
	}

}
