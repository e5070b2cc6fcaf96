package org.onlinelives.platform.accesslog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.support.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access log page counts matching entries only up to its limit, however long the log:
 * one more than the limit means "more than", and a filter still counts exactly.
 */
class AccessLogCountH2IntegrationTests extends WebIntegrationTest {

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

}
