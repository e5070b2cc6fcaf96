package org.onlinelives.selfaudit.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A framework version's content is fixed once used: its hash is recorded on first use and
 * a changed file stops the application starting.
 */
class FrameworkCatalogueTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

	private JdbcClient jdbc;

	@BeforeEach
	void database() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:framework-" + System.nanoTime()
				+ ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
		this.jdbc = JdbcClient.create(dataSource);
		this.jdbc.sql("""
				create table selfaudit_framework (version varchar(20) primary key, content_sha256 varchar(64) not null,
				first_used_at timestamp with time zone not null)""").update();
	}

	@Test
	void loadsTheShippedVersionAsCurrent() {
		FrameworkCatalogue catalogue = new FrameworkCatalogue(this.jdbc, this.clock);
		assertThat(catalogue.versions()).contains("2026-1");
		assertThat(catalogue.current().version()).isEqualTo("2026-1");
		assertThat(catalogue.version("2026-1").statements()).hasSize(36);
		assertThat(catalogue.find("1999-1")).isEmpty();
	}

	@Test
	void recordsTheHashOnFirstUseOnly() {
		FrameworkCatalogue catalogue = new FrameworkCatalogue(this.jdbc, this.clock);
		catalogue.markUsed("2026-1");
		catalogue.markUsed("2026-1");
		assertThat(this.jdbc.sql("select content_sha256 from selfaudit_framework").query(String.class).list())
			.hasSize(1)
			.allSatisfy((hash) -> assertThat(hash).hasSize(64));
		// the same content starts again without complaint
		assertThat(new FrameworkCatalogue(this.jdbc, this.clock).current().version()).isEqualTo("2026-1");
		assertThatIllegalArgumentException().isThrownBy(() -> catalogue.markUsed("1999-1"));
	}

	@Test
	void refusesToStartWhenAUsedVersionsFileHasChanged() {
		this.jdbc.sql("insert into selfaudit_framework values ('2026-1', :hash, current_timestamp)")
			.param("hash", "0".repeat(64))
			.update();
		assertThatIllegalStateException().isThrownBy(() -> new FrameworkCatalogue(this.jdbc, this.clock))
			.withMessageContaining("2026-1 has changed since audits used it");
	}

	@Test
	void refusesToStartWhenAUsedVersionsFileIsMissing() {
		this.jdbc.sql("insert into selfaudit_framework values ('2019-9', :hash, current_timestamp)")
			.param("hash", "0".repeat(64))
			.update();
		assertThatIllegalStateException().isThrownBy(() -> new FrameworkCatalogue(this.jdbc, this.clock))
			.withMessageContaining("2019-9");
	}

}
