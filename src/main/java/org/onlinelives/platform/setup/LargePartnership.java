package org.onlinelives.platform.setup;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.onlinelives.platform.database.TableStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.organisation.AgencyType;
import org.onlinelives.platform.organisation.LargePartnershipCreated;
import org.onlinelives.platform.people.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The large-partnership profile: generates a partnership the size of a large area (by
 * default 50 agencies, 2,000 staff, 100,000 young people with 250,000 assessment
 * versions, five years of audit cycles) to measure the application at scale. Every choice
 * comes from a seed, so a run is repeatable; rows go in with JDBC batches, so it loads in
 * minutes. The platform writes the partnership, agencies, teams and staff, then publishes
 * {@link LargePartnershipCreated} for the other modules' records, then writes the access
 * log. Nobody in it is real. All staff share one password, printed once; administrators
 * agency leads, analysts and QA reviewers get an authenticator key, printed once, so a
 * load test can sign in.
 */
@Component
@Profile("large-partnership")
class LargePartnership implements ApplicationRunner {

	static final String NAME = "Westmoor Safeguarding Children Partnership (generated)";

	private static final Logger log = LoggerFactory.getLogger(LargePartnership.class);

	private static final int BATCH = 1000;

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private static final String WORDS = "amber,harbour,lantern,meadow,orchard,pebble,quarry,saddle,thistle,willow,"
			+ "beacon,copper,falcon,glacier,hazel,juniper,kestrel,marble,nettle,otter,puffin,rowan,sorrel,tundra";

	// Roughly how a partnership's agencies are made up, and how many staff of each kind
	// use the tool (weights, not counts): social care and schools carry most caseloads.
	private static final List<AgencyType> TYPES = List.of(AgencyType.CHILDRENS_SOCIAL_CARE, AgencyType.SCHOOL,
			AgencyType.SCHOOL, AgencyType.SCHOOL, AgencyType.CAMHS, AgencyType.HEALTH, AgencyType.POLICE,
			AgencyType.YOUTH_SERVICE, AgencyType.VOLUNTARY_SECTOR, AgencyType.VOLUNTARY_SECTOR);

	private static final Map<AgencyType, Integer> STAFF_WEIGHT = Map.of(AgencyType.CHILDRENS_SOCIAL_CARE, 5,
			AgencyType.SCHOOL, 2, AgencyType.CAMHS, 3, AgencyType.HEALTH, 2, AgencyType.POLICE, 2,
			AgencyType.YOUTH_SERVICE, 2, AgencyType.VOLUNTARY_SECTOR, 1, AgencyType.OTHER, 1);

	private final JdbcTemplate jdbc;

	private final TableStatistics statistics;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final long seed;

	private final int agencyCount;

	private final int staffCount;

	private final int youngPeople;

	private final int assessmentVersions;

	private final int auditYears;

	private final long accessLogRows;

	LargePartnership(JdbcTemplate jdbc, TableStatistics statistics, PasswordEncoder passwords,
			ApplicationEventPublisher events, Clock clock,
			@Value("${onlinelives.large-partnership.seed:20260401}") long seed,
			@Value("${onlinelives.large-partnership.agencies:50}") int agencyCount,
			@Value("${onlinelives.large-partnership.staff:2000}") int staffCount,
			@Value("${onlinelives.large-partnership.young-people:100000}") int youngPeople,
			@Value("${onlinelives.large-partnership.assessment-versions:250000}") int assessmentVersions,
			@Value("${onlinelives.large-partnership.audit-years:5}") int auditYears,
			@Value("${onlinelives.large-partnership.access-log-rows:0}") long accessLogRows) {
		this.jdbc = jdbc;
		this.statistics = statistics;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
		this.seed = seed;
		this.agencyCount = agencyCount;
		this.staffCount = staffCount;
		this.youngPeople = youngPeople;
		this.assessmentVersions = assessmentVersions;
		this.auditYears = auditYears;
		this.accessLogRows = accessLogRows;
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer existing = this.jdbc.queryForObject("select count(*) from partnership where name = ?", Integer.class,
				NAME);
		if (existing != null && existing > 0) {
			log.info("The generated large partnership already exists; its sign-ins were printed when it was created.");
			return;
		}
		long started = System.nanoTime();
		SplittableRandom random = new SplittableRandom(this.seed);
		Instant now = this.clock.instant();
		Instant createdAt = now.minus(Duration.ofDays(365L * Math.max(1, this.auditYears) + 30));
		this.jdbc.update("insert into partnership (name, second_factor_for_everyone, created_at, version) "
				+ "values (?, false, ?, 0)", NAME, Timestamp.from(createdAt));
		long partnershipId = this.jdbc.queryForObject("select id from partnership where name = ?", Long.class, NAME);

		List<long[]> agencies = agencies(partnershipId, random);
		String password = password(random);
		String hash = this.passwords.encode(password);
		List<String> signIns = staff(partnershipId, agencies, hash, createdAt, random);
		log.info("Large partnership: {} agencies and {} staff written", agencies.size(), this.staffCount);

		this.events.publishEvent(new LargePartnershipCreated(partnershipId, this.seed, this.youngPeople,
				this.assessmentVersions, this.auditYears));
		if (this.accessLogRows > 0) {
			accessLog(partnershipId, now, random);
		}
		this.statistics.refreshAll();
		log.warn("""

				========================================================================
				Generated large partnership: {} (took {} s)
				Every person in it is generated. All staff share the password:
				  {}
				Sign-ins for a load test (administrators, agency leads, analysts and QA reviewers use the key
				with an authenticator app or the TOTP algorithm, 30-second steps, SHA-1):
				{}
				========================================================================""", NAME,
				Duration.ofNanos(System.nanoTime() - started).toSeconds(), password, String.join("\n", signIns));
	}

	/** Returns [id, type ordinal, staff weight] per agency. */
	private List<long[]> agencies(long partnershipId, SplittableRandom random) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 1; i <= this.agencyCount; i++) {
			AgencyType type = (i == 1) ? AgencyType.CHILDRENS_SOCIAL_CARE : TYPES.get(random.nextInt(TYPES.size()));
			rows.add(new Object[] { partnershipId, agencyName(i, type), type.name() });
		}
		this.jdbc.batchUpdate("insert into agency (partnership_id, name, type, version) values (?, ?, ?, 0)", rows);
		List<long[]> agencies = this.jdbc.query("select id, type from agency where partnership_id = ? order by id",
				(rs, n) -> {
					AgencyType type = AgencyType.valueOf(rs.getString("type"));
					return new long[] { rs.getLong("id"), type.ordinal(), STAFF_WEIGHT.get(type) };
				}, partnershipId);
		List<Object[]> teams = new ArrayList<>();
		for (long[] agency : agencies) {
			teams.add(new Object[] { agency[0], "North team" });
			teams.add(new Object[] { agency[0], "South team" });
		}
		this.jdbc.batchUpdate("insert into team (agency_id, name) values (?, ?)", teams);
		return agencies;
	}

	private static String agencyName(int number, AgencyType type) {
		String kind = switch (type) {
			case CHILDRENS_SOCIAL_CARE -> "Children's Social Care";
			case SCHOOL -> "Academy";
			case CAMHS -> "CAMHS";
			case HEALTH -> "Health Service";
			case POLICE -> "Police Public Protection Unit";
			case YOUTH_SERVICE -> "Youth Service";
			case VOLUNTARY_SECTOR -> "Young People's Charity";
			case OTHER -> "Service";
		};
		return "Westmoor " + kind + " " + String.format("%02d", number);
	}

	/**
	 * Writes the staff: one administrator, two analysts, and per agency one lead, a QA
	 * reviewer in every fifth agency and practitioners for the rest, in proportion to the
	 * agency's weight. Returns the sign-in lines to print.
	 */
	private List<String> staff(long partnershipId, List<long[]> agencies, String hash, Instant createdAt,
			SplittableRandom random) {
		List<Object[]> users = new ArrayList<>();
		List<String> signIns = new ArrayList<>();
		Timestamp at = Timestamp.from(createdAt);
		String adminKey = base32(random);
		users.add(user(partnershipId, null, null, "admin@westmoor.example", "Administrator 1", hash, adminKey, at));
		signIns.add(signIn("admin@westmoor.example", Role.PARTNERSHIP_ADMIN, adminKey));
		for (int i = 1; i <= 2; i++) {
			String key = base32(random);
			users.add(user(partnershipId, null, null, "analyst" + i + "@westmoor.example", "Analyst " + i, hash, key,
					at));
			if (i == 1) {
				signIns.add(signIn("analyst1@westmoor.example", Role.ANALYST, key));
			}
		}
		int remaining = this.staffCount - 3;
		long totalWeight = agencies.stream().mapToLong((agency) -> agency[2]).sum();
		int written = 0;
		for (int a = 0; a < agencies.size(); a++) {
			long agencyId = agencies.get(a)[0];
			List<Long> teams = this.jdbc.queryForList("select id from team where agency_id = ? order by id", Long.class,
					agencyId);
			int size = (a == agencies.size() - 1) ? remaining - written
					: (int) Math.max(2, Math.round((double) remaining * agencies.get(a)[2] / totalWeight));
			size = Math.max(2, Math.min(size, remaining - written - 2 * (agencies.size() - a - 1)));
			written += size;
			for (int s = 0; s < size; s++) {
				String email = "a" + (a + 1) + ".staff" + (s + 1) + "@westmoor.example";
				boolean lead = s == 0;
				// partnership-wide roles need a second factor, like leads (issue 7)
				boolean reviewer = roleOf(email) == Role.QA_REVIEWER;
				String key = (lead || reviewer) ? base32(random) : null;
				Long team = teams.get(s % teams.size());
				users.add(user(partnershipId, agencyId, team, email,
						"Staff member " + (s + 1) + " of agency " + (a + 1), hash, key, at));
				if (a == 0 && s < 2) {
					signIns.add(signIn(email, lead ? Role.AGENCY_LEAD : Role.PRACTITIONER, key));
				}
				if (a == 0 && s == 2) {
					signIns.add(signIn(email, Role.QA_REVIEWER, key));
				}
			}
		}
		for (int from = 0; from < users.size(); from += BATCH) {
			this.jdbc.batchUpdate("""
					insert into app_user (partnership_id, agency_id, team_id, email, display_name, password_hash,
					    active, failed_attempts, totp_secret, totp_enabled, created_at, version)
					values (?, ?, ?, ?, ?, ?, true, 0, ?, ?, ?, 0)""",
					users.subList(from, Math.min(users.size(), from + BATCH)));
		}
		List<Object[]> roles = new ArrayList<>();
		this.jdbc.query("select id, email from app_user where partnership_id = ?", (rs) -> {
			roles.add(new Object[] { rs.getLong("id"), roleOf(rs.getString("email")).name() });
		}, partnershipId);
		this.jdbc.batchUpdate("insert into user_role (user_id, role) values (?, ?)", roles);
		return signIns;
	}

	// The e-mail address says the role: staff1 of an agency leads it, staff3 of every
	// fifth
	// agency reviews audits (QA), the rest are practitioners.
	private static Role roleOf(String email) {
		if (email.startsWith("admin@")) {
			return Role.PARTNERSHIP_ADMIN;
		}
		if (email.startsWith("analyst")) {
			return Role.ANALYST;
		}
		int agency = Integer.parseInt(email.substring(1, email.indexOf('.')));
		int staff = Integer.parseInt(email.substring(email.indexOf("staff") + 5, email.indexOf('@')));
		if (staff == 1) {
			return Role.AGENCY_LEAD;
		}
		if (staff == 3 && (agency - 1) % 5 == 0) {
			return Role.QA_REVIEWER;
		}
		return Role.PRACTITIONER;
	}

	private static Object[] user(long partnershipId, Long agencyId, Long teamId, String email, String name, String hash,
			String totpKey, Timestamp at) {
		return new Object[] { partnershipId, agencyId, teamId, email, name, hash, totpKey, totpKey != null, at };
	}

	private static String signIn(String email, Role role, String key) {
		return String.format("  %-36s %-18s %s", email, role.name(), (key != null) ? "key " + key : "");
	}

	private static String password(SplittableRandom random) {
		String[] words = WORDS.split(",");
		return words[random.nextInt(words.length)] + "-" + words[random.nextInt(words.length)] + "-"
				+ words[random.nextInt(words.length)] + "-" + words[random.nextInt(words.length)] + "-"
				+ (10 + random.nextInt(90));
	}

	private static String base32(SplittableRandom random) {
		StringBuilder key = new StringBuilder();
		for (int i = 0; i < 32; i++) {
			key.append(BASE32.charAt(random.nextInt(32)));
		}
		return key.toString();
	}

	/**
	 * The access log of the last year at the rate the staff produce it: mostly record
	 * views and changes in working hours, some sign-ins and exports, spread evenly over
	 * the days, oldest first (as the application appends them).
	 */
	private void accessLog(long partnershipId, Instant now, SplittableRandom random) {
		List<Object[]> people = this.jdbc.query(
				"select u.id, u.email, u.agency_id from app_user u where u.partnership_id = ? and u.agency_id is not null",
				(rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getLong(3) }, partnershipId);
		Map<Long, List<Long>> youngPeopleByAgency = this.jdbc
			.query("select agency_id, min(id), max(id) from young_person where partnership_id = ? group by agency_id",
					(rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) }, partnershipId)
			.stream()
			.collect(Collectors.toMap((r) -> r[0], (r) -> List.of(r[1], r[2])));
		long days = 365;
		Instant start = now.minus(Duration.ofDays(days));
		long spacingMillis = Math.max(1, (days * 86_400_000L) / this.accessLogRows);
		List<Object[]> batch = new ArrayList<>(BATCH * 5);
		long written = 0;
		long reportEvery = Math.max(100_000, this.accessLogRows / 20);
		for (long i = 0; i < this.accessLogRows; i++) {
			Object[] person = people.get(random.nextInt(people.size()));
			long agencyId = (Long) person[2];
			Instant at = start.plusMillis(i * spacingMillis);
			int roll = random.nextInt(100);
			AccessEvent event = (roll < 70) ? AccessEvent.RECORD_VIEWED
					: (roll < 90) ? AccessEvent.RECORD_CHANGED : (roll < 97) ? AccessEvent.SIGN_IN_SUCCEEDED
							: (roll < 99) ? AccessEvent.EXPORTED : AccessEvent.SIGN_IN_FAILED;
			String targetType = null;
			String targetId = null;
			List<Long> range = youngPeopleByAgency.get(agencyId);
			if ((event == AccessEvent.RECORD_VIEWED || event == AccessEvent.RECORD_CHANGED
					|| event == AccessEvent.EXPORTED) && range != null) {
				targetType = "young person";
				targetId = Long.toString(range.get(0) + random.nextLong(range.get(1) - range.get(0) + 1));
			}
			batch.add(new Object[] { Timestamp.from(at), partnershipId, agencyId, person[0], person[1], event.name(),
					targetType, targetId, null, "10.20." + random.nextInt(256) + "." + random.nextInt(256) });
			if (batch.size() == BATCH * 5) {
				writeAccessLog(batch);
				written += batch.size();
				batch.clear();
				if (written % reportEvery < BATCH * 5) {
					log.info("Large partnership: {} of {} access-log rows written", written, this.accessLogRows);
				}
			}
		}
		writeAccessLog(batch);
		log.info("Large partnership: {} access-log rows written", this.accessLogRows);
	}

	private void writeAccessLog(List<Object[]> batch) {
		if (!batch.isEmpty()) {
			this.jdbc.batchUpdate("""
					insert into access_log (occurred_at, partnership_id, agency_id, user_id, username, event,
					    target_type, target_id, detail, remote_address)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
		}
	}

}
