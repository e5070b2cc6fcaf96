package org.onlinelives.support;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;

import org.springframework.test.util.ReflectionTestUtils;

/**
 * People for web slice tests, which have no database: ids and versions are set directly.
 */
public final class People {

	private static final AtomicLong IDS = new AtomicLong(100);

	private People() {
	}

	public static User person(long partnershipId, Long agencyId, Role... roles) {
		User user = User.create(partnershipId, agencyId, null, "person" + IDS.get() + "@example.org",
				"Test Person " + IDS.get(), "{noop}x", Set.of(roles), Instant.EPOCH);
		ReflectionTestUtils.setField(user, "id", IDS.incrementAndGet());
		ReflectionTestUtils.setField(user, "version", 0L);
		return user;
	}

}
