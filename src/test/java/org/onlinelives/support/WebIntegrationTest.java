package org.onlinelives.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of integration tests through the web layer: the whole application on an in-memory
 * H2 database, driven with MockMvc. Subclasses annotated {@link PostgresTest} run the
 * same tests on PostgreSQL.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:integration;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" })
@AutoConfigureMockMvc
@Import({ TestData.class, TestDatabaseConfiguration.class })
public abstract class WebIntegrationTest {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected TestData data;

}
