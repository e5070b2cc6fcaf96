package org.onlinelives.platform.setup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onlinelives.support.TestDatabaseConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo profile prints every sign-in with its role and agency before the web server
 * opens its port, so nobody waits for them after the application says it has started.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:demo-sign-ins;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
		"logging.level.org.springframework.boot=INFO" })
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class DemoSignInsIntegrationTests {

	@Test
	void signInsWithRoleAndAgencyArePrintedBeforeThePortOpens(CapturedOutput output) {
		String log = output.getAll();
		int printed = log.indexOf("Demo partnership created");
		int portOpen = log.indexOf("started on port");
		assertThat(printed).as("sign-ins printed").isNotNegative();
		assertThat(portOpen).as("web server started").isNotNegative();
		assertThat(printed).as("printed before the port opens").isLessThan(portOpen);
		assertThat(log).contains("Partnership administrator, across the partnership")
			.contains("Agency lead, Northbrook CAMHS")
			.contains("Practitioner, Riverside Academy")
			.contains("Quality assurance reviewer, across the partnership")
			.contains("Analyst, across the partnership")
			.doesNotContain("[PRACTITIONER]");
	}

}
