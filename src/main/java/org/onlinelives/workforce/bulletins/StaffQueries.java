package org.onlinelives.workforce.bulletins;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onlinelives.platform.people.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads who is asked to acknowledge: a partnership's active people with their agency and
 * roles, in name order.
 */
@Component
class StaffQueries {

	private final JdbcClient jdbc;

	StaffQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static final class Person {

		Long agencyId;

		String name;

		final EnumSet<Role> roles = EnumSet.noneOf(Role.class);

	}

	List<StaffMember> activeStaff(long partnershipId) {
		Map<Long, Person> people = new LinkedHashMap<>();
		this.jdbc.sql("""
				select u.id, u.agency_id, u.display_name, r.role
				from app_user u left join user_role r on r.user_id = u.id
				where u.partnership_id = :partnership and u.active = true
				order by lower(u.display_name), u.id""").param("partnership", partnershipId).query((rs) -> {
			Person person = people.get(rs.getLong(1));
			if (person == null) {
				person = new Person();
				person.agencyId = (rs.getObject(2) != null) ? rs.getLong(2) : null;
				person.name = rs.getString(3);
				people.put(rs.getLong(1), person);
			}
			String role = rs.getString(4);
			if (role != null) {
				person.roles.add(Role.valueOf(role));
			}
		});
		return people.entrySet()
			.stream()
			.map((entry) -> new StaffMember(entry.getKey(), entry.getValue().agencyId, entry.getValue().name,
					Collections.unmodifiableSet(entry.getValue().roles)))
			.toList();
	}

}
