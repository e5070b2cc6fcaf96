package org.onlinelives.platform.accesslog;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access log page's filters, each alone and together, scoped to the partnership; and
 * its count, which stops one past its limit however long the log.
 */
abstract class AccessLogQueryScenarios extends WebIntegrationTest {

	private static final Instant NOON = Instant.parse("2026-01-05T12:00:00Z");

	@Autowired
	private AccessLogQuery query;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void countsStopOnePastTheLimit() {
		Partnership partnership = this.data.partnership();
		List<Object[]> rows = new ArrayList<>();
		Instant start = Instant.parse("2026-01-01T09:00:00Z");
		for (int i = 0; i < AccessLogQuery.COUNT_LIMIT + 50; i++) {
			rows.add(new Object[] { Timestamp.from(start.plusSeconds(i)), partnership.getId(),
					(i < 7) ? "ROLES_CHANGED" : "RECORD_VIEWED" });
		}
		this.jdbc.batchUpdate("insert into access_log (occurred_at, partnership_id, event) values (?, ?, ?)", rows);

		AccessLogFilter everything = new AccessLogFilter(null, null, null, null, null);
		assertThat(this.query.countUpToLimit(partnership.getId(), everything))
			.isEqualTo(AccessLogQuery.COUNT_LIMIT + 1);
		AccessLogFilter roleChanges = new AccessLogFilter(null, null, AccessEvent.ROLES_CHANGED, null, null);
		assertThat(this.query.countUpToLimit(partnership.getId(), roleChanges)).isEqualTo(7);
		assertThat(this.query.page(partnership.getId(), everything, 1)).hasSize(AccessLogQuery.PAGE_SIZE)
			.first()
			.satisfies((newest) -> assertThat(newest.occurredAt())
				.isEqualTo(start.plusSeconds(AccessLogQuery.COUNT_LIMIT + 49)));
	}

	@Test
	void eachFilterAndTheirCombinationsFindExactlyTheirEntries() {
		Partnership partnership = this.data.partnership();
		Agency agencyA = this.data.agency(partnership);
		Agency agencyB = this.data.agency(partnership);
		User alex = this.data.user(partnership, agencyA);
		User sam = this.data.user(partnership, agencyB);
		Partnership other = this.data.partnership();
		User outsider = this.data.user(other, this.data.agency(other));
		String alexPart = localPart(alex);

		long viewed = entry(0, partnership, agencyA, alex, alex.getEmail(), AccessEvent.RECORD_VIEWED);
		// written under the address Alex had then: found by the account, not by the text
		// logged
		long changed = entry(1, partnership, agencyA, alex, "earlier-address@example.test", AccessEvent.RECORD_CHANGED);
		long samViewed = entry(2, partnership, agencyB, sam, sam.getEmail(), AccessEvent.RECORD_VIEWED);
		// an address typed at sign-in that is no account: found by what was typed
		long typed = entry(3, partnership, null, null, "typo." + alexPart + "@elsewhere.test",
				AccessEvent.SIGN_IN_FAILED);
		entry(4, other, null, outsider, outsider.getEmail(), AccessEvent.RECORD_VIEWED);
		long samExported = entry(5, partnership, agencyA, sam, sam.getEmail(), AccessEvent.EXPORTED);

		assertFound(partnership, filter(null, null, null, alexPart, null), typed, changed, viewed);
		assertFound(partnership, filter(null, null, AccessEvent.RECORD_VIEWED, alexPart, null), viewed);
		assertFound(partnership, filter(null, null, null, alexPart.toUpperCase(), agencyA), changed, viewed);
		assertFound(partnership, filter(null, null, null, null, agencyA), samExported, changed, viewed);
		assertFound(partnership, filter(null, null, AccessEvent.EXPORTED, null, agencyA), samExported);
		assertFound(partnership, filter(null, null, AccessEvent.RECORD_VIEWED, null, null), samViewed, viewed);
		assertFound(partnership, filter(day(1), day(2), null, null, null), samViewed, changed);
		assertFound(partnership, filter(day(1), day(2), AccessEvent.RECORD_VIEWED, null, agencyB), samViewed);
		assertFound(partnership, filter(null, null, null, localPart(outsider), null));
		assertFound(partnership, filter(null, null, null, "nobody-at-all", null));
		assertFound(other, filter(null, null, null, alexPart, null));
	}

	private void assertFound(Partnership partnership, AccessLogFilter filter, long... newestFirst) {
		assertThat(this.query.page(partnership.getId(), filter, 1)).extracting(AccessLogEntry::id)
			.containsExactly(Arrays.stream(newestFirst).boxed().toArray(Long[]::new));
		assertThat(this.query.countUpToLimit(partnership.getId(), filter)).isEqualTo(newestFirst.length);
	}

	private static AccessLogFilter filter(LocalDate from, LocalDate to, AccessEvent event, String person,
			Agency agency) {
		return new AccessLogFilter(from, to, event, person, (agency != null) ? agency.getId() : null);
	}

	private static LocalDate day(int days) {
		return LocalDate.ofInstant(NOON.plus(Duration.ofDays(days)), ZoneOffset.UTC);
	}

	private static String localPart(User user) {
		return user.getEmail().substring(0, user.getEmail().indexOf('@'));
	}

	private long entry(int days, Partnership partnership, Agency agency, User user, String username,
			AccessEvent event) {
		this.jdbc.update("""
				insert into access_log (occurred_at, partnership_id, agency_id, user_id, username, event)
				values (?, ?, ?, ?, ?, ?)""", Timestamp.from(NOON.plus(Duration.ofDays(days))), partnership.getId(),
				(agency != null) ? agency.getId() : null, (user != null) ? user.getId() : null, username, event.name());
		return this.jdbc.queryForObject("select max(id) from access_log where partnership_id = ?", Long.class,
				partnership.getId());
	}

}
