package org.onlinelives.workforce.training;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what coverage counts: a partnership's active practitioners and their completions,
 * optionally for one agency.
 */
@Component
class CoverageQueries {

	private final JdbcClient jdbc;

	CoverageQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Coverage.Practitioner> practitioners(long partnershipId, Long agencyId) {
		return this.jdbc.sql("""
				select u.id, u.agency_id, u.team_id from app_user u
				where u.partnership_id = :partnership and u.active = true and u.agency_id is not null
				  and (cast(:agency as bigint) is null or u.agency_id = :agency)
				  and exists (select 1 from user_role r where r.user_id = u.id and r.role = 'PRACTITIONER')""")
			.param("partnership", partnershipId)
			.param("agency", agencyId)
			.query((rs, row) -> new Coverage.Practitioner(rs.getLong(1), rs.getLong(2),
					(rs.getObject(3) != null) ? rs.getLong(3) : null))
			.list();
	}

	List<Coverage.Completion> completions(long partnershipId, Long agencyId) {
		return this.jdbc.sql("""
				select r.user_id, r.completed_on, c.level, c.refresh_months
				from training_record r
				join training_course c on c.id = r.course_id
				join app_user u on u.id = r.user_id
				where r.partnership_id = :partnership
				  and (cast(:agency as bigint) is null or u.agency_id = :agency)""")
			.param("partnership", partnershipId)
			.param("agency", agencyId)
			.query((rs, row) -> new Coverage.Completion(rs.getLong(1), rs.getObject(2, java.time.LocalDate.class),
					TrainingLevel.valueOf(rs.getString(3)), rs.getInt(4)))
			.list();
	}

}
