package org.onlinelives.platform.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A group of staff inside an agency.
 */
@Table("team")
public record Team(@Id Long id, Long agencyId, String name) {

	public static Team create(Long agencyId, String name) {
		return new Team(null, agencyId, name);
	}

}
