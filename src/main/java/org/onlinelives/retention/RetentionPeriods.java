package org.onlinelives.retention;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The partnership's chosen periods, stored one row per record type; a type with no row
 * keeps its default.
 */
@Component
class RetentionPeriods {

	private final JdbcClient jdbc;

	RetentionPeriods(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<RecordType, RetentionPeriod> of(long partnershipId) {
		Map<RecordType, RetentionPeriod> periods = new EnumMap<>(RecordType.class);
		for (RecordType type : RecordType.values()) {
			periods.put(type, type.defaultPeriod());
		}
		this.jdbc.sql("select record_type, years, until_age from retention_period where partnership_id = :p")
			.param("p", partnershipId)
			.query((rs, n) -> {
				RecordType type = RecordType.valueOf(rs.getString("record_type"));
				return new RetentionPeriod(type, rs.getInt("years"), (Integer) rs.getObject("until_age"));
			})
			.list()
			.forEach((period) -> periods.put(period.type(), period));
		return periods;
	}

	void save(long partnershipId, RetentionPeriod period) {
		int updated = this.jdbc.sql("""
				update retention_period set years = :years, until_age = :age, version = version + 1
				where partnership_id = :p and record_type = :type""")
			.param("years", period.years())
			.param("age", period.untilAge())
			.param("p", partnershipId)
			.param("type", period.type().name())
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into retention_period (partnership_id, record_type, years, until_age)
					values (:p, :type, :years, :age)""")
				.param("years", period.years())
				.param("age", period.untilAge())
				.param("p", partnershipId)
				.param("type", period.type().name())
				.update();
		}
	}

}
