package org.onlinelives.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.TestPropertySource;

/**
 * Runs a {@link WebIntegrationTest} against PostgreSQL on 127.0.0.1:5432 (database
 * {@code test}, user {@code postgres}). Skipped with a printed reason when PostgreSQL is
 * not there, unless {@code CI} is set, when it fails instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(PostgresAvailable.class)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/${ONLINELIVES_TEST_PG_DB:test}?connectTimeout=3",
		"spring.datasource.username=postgres", "spring.datasource.password=", "spring.flyway.clean-disabled=false",
		"onlinelives.test.clean-database=true" })
public @interface PostgresTest {

}
