package org.onlinelives.support;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;

import org.onlinelives.platform.organisation.internal.Agencies;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.AgencyType;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.organisation.Partnerships;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.people.internal.Users;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Builds partnerships, agencies and people for tests. Every name carries a unique suffix,
 * so tests never see each other's data and need no clean-up.
 */
@TestComponent
public class TestData {

	/** The password of every person this class creates. */
	public static final String PASSWORD = "Blue kettle over seven quiet hills";

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

	private static volatile String passwordHash;

	private final Partnerships partnerships;

	private final Agencies agencies;

	private final Users users;

	private final PasswordEncoder passwords;

	private final Clock clock;

	TestData(Partnerships partnerships, Agencies agencies, Users users, PasswordEncoder passwords, Clock clock) {
		this.partnerships = partnerships;
		this.agencies = agencies;
		this.users = users;
		this.passwords = passwords;
		this.clock = clock;
	}

	public static String unique() {
		return Long.toString(SEQUENCE.incrementAndGet(), 36);
	}

	public Partnership partnership() {
		return this.partnerships.save(Partnership.create("Test Partnership " + unique(), this.clock.instant()));
	}

	public Agency agency(Partnership partnership, AgencyType type) {
		return this.agencies.save(Agency.create(partnership.getId(), "Test " + type + " " + unique(), type));
	}

	public Agency agency(Partnership partnership) {
		return agency(partnership, AgencyType.CHILDRENS_SOCIAL_CARE);
	}

	/** A person with the given roles; agency may be null for partnership-level staff. */
	public User user(Partnership partnership, Agency agency, Role... roles) {
		List<Role> roleList = Arrays.asList(roles);
		String email = "person-" + unique() + "@example.test";
		return this.users.save(User.create(partnership.getId(), (agency != null) ? agency.getId() : null, null, email,
				"Test Person " + unique(), passwordHash(),
				roleList.isEmpty() ? EnumSet.of(Role.PRACTITIONER) : roleList, this.clock.instant()));
	}

	/** A person who has already set up an authenticator app with the returned secret. */
	public UserWithSecret userWithSecondFactor(Partnership partnership, Agency agency, Role... roles) {
		User user = user(partnership, agency, roles);
		String secret = new DefaultSecretGenerator(32).generate();
		user.startSecondFactorSetUp(secret);
		user.confirmSecondFactor(List.of(this.passwords.encode("aaaa-bbbb-cccc-dddd")));
		return new UserWithSecret(this.users.save(user), secret);
	}

	/**
	 * The callers of an authorization matrix around agency A of a partnership: an
	 * administrator, each agency role in A, a QA reviewer of agency B, an analyst in A, a
	 * lead of agency B in the same partnership, and an administrator of a new
	 * partnership.
	 */
	public java.util.Map<Actor, User> actors(Partnership partnership, Agency agencyA, Agency agencyB) {
		java.util.Map<Actor, User> actors = new java.util.EnumMap<>(Actor.class);
		actors.put(Actor.ADMIN, user(partnership, null, Role.PARTNERSHIP_ADMIN));
		actors.put(Actor.LEAD, user(partnership, agencyA, Role.AGENCY_LEAD));
		actors.put(Actor.PRACTITIONER, user(partnership, agencyA, Role.PRACTITIONER));
		// a reviewer never reviews their own agency's audit, so the matrix's works
		// elsewhere
		actors.put(Actor.QA_REVIEWER, user(partnership, agencyB, Role.QA_REVIEWER));
		actors.put(Actor.ANALYST, user(partnership, agencyA, Role.ANALYST));
		actors.put(Actor.OTHER_AGENCY_LEAD, user(partnership, agencyB, Role.AGENCY_LEAD));
		actors.put(Actor.OTHER_PARTNERSHIP_ADMIN, user(partnership(), null, Role.PARTNERSHIP_ADMIN));
		return actors;
	}

	public User reload(User user) {
		return this.users.findById(user.getId()).orElseThrow();
	}

	/** The authenticator code for this moment. */
	public static String currentCode(String secret) {
		return codeForStep(secret, System.currentTimeMillis() / 1000 / 30);
	}

	/** The authenticator app's code for this 30-second step. */
	public static String codeForStep(String secret, long step) {
		try {
			return new DefaultCodeGenerator().generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String passwordHash() {
		if (passwordHash == null) {
			passwordHash = this.passwords.encode(PASSWORD);
		}
		return passwordHash;
	}

	public record UserWithSecret(User user, String secret) {
	}

}
