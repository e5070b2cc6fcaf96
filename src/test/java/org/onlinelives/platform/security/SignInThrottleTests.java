package org.onlinelives.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.security.AttemptWindows.Kind;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle counts per (address, account) pair, per account and per address, in the
 * database (here an in-memory H2 with the real migration), so two nodes share the counts.
 */
class SignInThrottleTests {

	private static final String SHARED_COUNCIL_ADDRESS = "192.0.2.1";

	private Instant now = Instant.parse("2026-11-28T10:00:00Z");

	private AttemptWindows windows;

	private SignInThrottle throttle;

	private SignInThrottle otherNode;

	@BeforeEach
	void database() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:throttle-" + System.nanoTime()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
		JdbcClient jdbc = JdbcClient.create(dataSource);
		new ResourceDatabasePopulator(new ClassPathResource("db/migration/common/V30__sign_in_attempt_windows.sql"))
			.execute(dataSource);
		this.windows = new AttemptWindows(jdbc, new DataSourceTransactionManager(dataSource));
		SecurityProperties properties = new SecurityProperties(5, Duration.ofMinutes(15),
				new SecurityProperties.Throttle(3, 5, 8, Duration.ofMinutes(10)));
		Clock clock = new Clock() {
			@Override
			public ZoneOffset getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return SignInThrottleTests.this.now;
			}
		};
		this.throttle = new SignInThrottle(this.windows, properties, clock);
		this.otherNode = new SignInThrottle(new AttemptWindows(jdbc, new DataSourceTransactionManager(dataSource)),
				properties, clock);
	}

	@Test
	void aPairIsBlockedAtItsLimitAndNotBefore() {
		this.throttle.recordFailure(SHARED_COUNCIL_ADDRESS, "sam@council.example");
		this.throttle.recordFailure(SHARED_COUNCIL_ADDRESS, "Sam@Council.example ");
		assertThat(this.throttle.isBlocked(SHARED_COUNCIL_ADDRESS, "sam@council.example")).isFalse();
		this.throttle.recordFailure(SHARED_COUNCIL_ADDRESS, "sam@council.example");
		assertThat(this.throttle.isBlocked(SHARED_COUNCIL_ADDRESS, "sam@council.example")).isTrue();
	}

	@Test
	void oneColleaguesFailuresDoNotLockOutOthersBehindTheSameAddress() {
		for (int i = 0; i < 3; i++) {
			this.throttle.recordFailure(SHARED_COUNCIL_ADDRESS, "sam@council.example");
		}
		assertThat(this.throttle.isBlocked(SHARED_COUNCIL_ADDRESS, "sam@council.example")).isTrue();
		assertThat(this.throttle.isBlocked(SHARED_COUNCIL_ADDRESS, "alex@council.example")).isFalse();
	}

	@Test
	void anAccountIsBlockedFromEveryAddressWhenGuessedAtFromMany() {
		for (int i = 0; i < 5; i++) {
			this.throttle.recordFailure("198.51.100." + i, "sam@council.example");
		}
		assertThat(this.throttle.isBlocked("203.0.113.9", "sam@council.example")).isTrue();
		assertThat(this.throttle.isBlocked("203.0.113.9", "alex@council.example")).isFalse();
	}

	@Test
	void aSweepAcrossManyAccountsFromOneAddressIsStoppedAtTheAddressLimit() {
		for (int i = 0; i < 7; i++) {
			this.throttle.recordFailure("203.0.113.5", "person" + i + "@council.example");
		}
		assertThat(this.throttle.isBlocked("203.0.113.5", "new@council.example")).isFalse();
		this.throttle.recordFailure("203.0.113.5", "person7@council.example");
		assertThat(this.throttle.isBlocked("203.0.113.5", "new@council.example")).isTrue();
	}

	@Test
	void countsAreSharedBetweenNodes() {
		this.throttle.recordFailure(SHARED_COUNCIL_ADDRESS, "sam@council.example");
		this.otherNode.recordFailure(SHARED_COUNCIL_ADDRESS, "sam@council.example");
		this.throttle.recordFailure(SHARED_COUNCIL_ADDRESS, "sam@council.example");
		assertThat(this.otherNode.isBlocked(SHARED_COUNCIL_ADDRESS, "sam@council.example")).isTrue();
	}

	@Test
	void failuresInAnEarlierWindowAreForgotten() {
		for (int i = 0; i < 3; i++) {
			this.throttle.recordFailure(SHARED_COUNCIL_ADDRESS, "sam@council.example");
		}
		this.now = this.now.plus(Duration.ofMinutes(10));
		assertThat(this.throttle.isBlocked(SHARED_COUNCIL_ADDRESS, "sam@council.example")).isFalse();
	}

	@Test
	void aFloodOfRefusedAttemptsIsOneRowWithItsCount() {
		for (int i = 0; i < 500; i++) {
			this.throttle.recordRefused("203.0.113.5");
		}
		Instant window = AttemptWindows.windowStart(this.now, Duration.ofMinutes(10));
		assertThat(this.windows.count(Kind.THROTTLED, "203.0.113.5", window)).isEqualTo(500);
		assertThat(this.windows.closedUnsummarised(java.util.List.of(Kind.THROTTLED), window)).hasSize(1);
	}

}
