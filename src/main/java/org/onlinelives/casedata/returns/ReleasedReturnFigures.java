package org.onlinelives.casedata.returns;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.onlinelives.casedata.figures.ReleasedFigures;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the submitted returns of a period have already put out: the figures they showed
 * (partnership tables never withhold those to protect another) and the figures they
 * withheld (a correction keeps them withheld).
 */
@Component
class ReleasedReturnFigures {

	private final JdbcClient jdbc;

	ReleasedReturnFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every figure withheld by a submitted version of one agency's return, as
	 * {@link ReturnProtection#key(String, String)}.
	 */
	Set<String> withheld(long partnershipId, long agencyId, LocalDate periodStart) {
		Set<String> keys = new HashSet<>();
		this.jdbc.sql("""
				select f.breakdown, f.category_code, f.total from data_return r
				join data_return_figure f on f.data_return = r.id
				where r.partnership_id = :partnership and r.agency_id = :agency and r.period_start = :start
				  and f.shown_count is null""")
			.param("partnership", partnershipId)
			.param("agency", agencyId)
			.param("start", periodStart)
			.query((RowCallbackHandler) (rs) -> keys.add(ReturnProtection.key(rs.getString("breakdown"),
					rs.getBoolean("total") ? ReturnProtection.TOTAL : rs.getString("category_code"))));
		return keys;
	}

	/**
	 * Every figure shown by a submitted version of any agency's return for the period.
	 */
	ReleasedFigures shown(long partnershipId, LocalDate periodStart) {
		ReleasedFigures.Builder shown = ReleasedFigures.builder();
		this.jdbc.sql("""
				select r.agency_id, f.breakdown, f.category_code, f.total from data_return r
				join data_return_figure f on f.data_return = r.id
				where r.partnership_id = :partnership and r.period_start = :start and f.shown_count is not null""")
			.param("partnership", partnershipId)
			.param("start", periodStart)
			.query((RowCallbackHandler) (rs) -> shown.shown(rs.getLong("agency_id"), rs.getString("breakdown"),
					rs.getBoolean("total") ? ReleasedFigures.TOTAL : rs.getString("category_code")));
		return shown.build();
	}

}
