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
		"spring.datasource.url=jdbc:h2:mem:integration;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
		// the metrics endpoint, which tests switch off unless asked, with a known
		// credential
		"management.prometheus.metrics.export.enabled=true",
		"onlinelives.metrics.password-hash=" + WebIntegrationTest.METRICS_PASSWORD_HASH })
@AutoConfigureMockMvc
@Import({ TestData.class, TestDatabaseConfiguration.class, MockMvcSessions.class })
public abstract class WebIntegrationTest {

	/** The metrics credential's password in tests. */
	public static final String METRICS_PASSWORD = "scrape metrics test secret";

	/** Its bcrypt hash, as an operator would configure it. */
	public static final String METRICS_PASSWORD_HASH = "$2a$04$feQ4VN4I2Ini.XJ/X0UTauDG81K1GiYqVy2x35i0bQbZBdSeqDqQ.";

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected TestData data;

}
