package org.onlinelives.platform.scheduling;

import org.junit.jupiter.api.Test;

import org.onlinelives.support.TestDatabaseConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code onlinelives.scheduling.enabled=false} switches every scheduled job off: no
 * library on the classpath may switch scheduling on behind it (Spring Modulith's moments
 * did, and a job's lock row then appeared in the middle of the backup drill).
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:scheduling-off;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
		"onlinelives.scheduling.enabled=false" })
@Import(TestDatabaseConfiguration.class)
class SchedulingSwitchIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Test
	void withSchedulingSwitchedOffNothingProcessesScheduledMethods() {
		assertThat(this.context.getBeanNamesForType(ScheduledAnnotationBeanPostProcessor.class)).isEmpty();
	}

}
