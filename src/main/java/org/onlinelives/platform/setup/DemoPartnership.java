package org.onlinelives.platform.setup;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onlinelives.platform.organisation.internal.Agencies;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.AgencyType;
import org.onlinelives.platform.organisation.DemoPartnershipCreated;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.organisation.Partnerships;
import org.onlinelives.platform.organisation.Team;
import org.onlinelives.platform.organisation.Teams;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.people.internal.Users;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo profile: a clearly fictional partnership with agencies of every type, teams,
 * and people in every role. Passwords are random on each first start and printed once;
 * nothing is hard-coded. Created once every bean is ready but before the web server opens
 * its port, so the sign-ins are printed before anyone can reach the sign-in page.
 */
@Component
@Profile("demo")
class DemoPartnership implements SmartInitializingSingleton {

	static final String NAME = "Northbrook Safeguarding Children Partnership (fictional demo)";

	private static final Logger log = LoggerFactory.getLogger(DemoPartnership.class);

	private static final String WORDS = "amber,harbour,lantern,meadow,orchard,pebble,quarry,saddle,thistle,willow,"
			+ "beacon,copper,falcon,glacier,hazel,juniper,kestrel,marble,nettle,otter,puffin,rowan,sorrel,tundra";

	private final Partnerships partnerships;

	private final Agencies agencies;

	private final Teams teams;

	private final Users users;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final TransactionTemplate transaction;

	DemoPartnership(Partnerships partnerships, Agencies agencies, Teams teams, Users users, PasswordEncoder passwords,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
		this.transaction = new TransactionTemplate(transactions);
		this.partnerships = partnerships;
		this.agencies = agencies;
		this.teams = teams;
		this.users = users;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	private record AgencyPlan(String name, AgencyType type, String team, String lead, String practitioner) {
	}

	private static final List<AgencyPlan> PLAN = List.of(
			new AgencyPlan("Northbrook Children's Social Care", AgencyType.CHILDRENS_SOCIAL_CARE, "Assessment team",
					"Priya Lead", "Sam Worker"),
			new AgencyPlan("Northbrook CAMHS", AgencyType.CAMHS, "Getting help team", "Morgan Lead", "Alex Counsellor"),
			new AgencyPlan("Riverside Academy", AgencyType.SCHOOL, "Pastoral team", "Jordan Lead", "Casey Teacher"),
			new AgencyPlan("Northbrook Police Public Protection Unit", AgencyType.POLICE, "Online child abuse team",
					"Taylor Lead", "Drew Officer"),
			new AgencyPlan("Northbrook Youth Service", AgencyType.YOUTH_SERVICE, "Detached youth work", "Robin Lead",
					"Jamie Youthworker"),
			new AgencyPlan("Northbrook Community Health", AgencyType.HEALTH, "School nursing", "Avery Lead",
					"Charlie Nurse"),
			new AgencyPlan("Harbour Lane Young People's Trust", AgencyType.VOLUNTARY_SECTOR, "Mentoring", "Rowan Lead",
					"Frankie Mentor"));

	@Override
	public void afterSingletonsInstantiated() {
		this.transaction.executeWithoutResult((status) -> create());
	}

	private void create() {
		if (this.partnerships.existsByName(NAME)) {
			log.info("The demo partnership already exists; its sign-ins were printed when it was created.");
			return;
		}
		Partnership partnership = this.partnerships.save(Partnership.create(NAME, this.clock.instant()));
		List<String> signIns = new ArrayList<>();
		signIns.add("  %-45s %-32s %s".formatted("Email address", "Password", "Role, agency"));
		signIns.add(person(partnership, null, null, "Dana Administrator", EnumSet.of(Role.PARTNERSHIP_ADMIN)));
		signIns.add(person(partnership, null, null, "Ellis Analyst", EnumSet.of(Role.ANALYST)));
		// partnership level, so they may review every agency's audit (never their own)
		signIns.add(person(partnership, null, null, "Quinn Reviewer", EnumSet.of(Role.QA_REVIEWER)));
		for (AgencyPlan plan : PLAN) {
			Agency agency = Agency.create(partnership.getId(), plan.name(), plan.type());
			agency.recordOnlineSafetyContact(plan.lead(), email(plan.lead()), "01632 960 " + (100 + signIns.size()));
			agency = this.agencies.save(agency);
			Team team = this.teams.save(Team.create(agency.getId(), plan.team()));
			signIns.add(person(partnership, agency, team, plan.lead(), EnumSet.of(Role.AGENCY_LEAD)));
			signIns.add(person(partnership, agency, team, plan.practitioner(), EnumSet.of(Role.PRACTITIONER)));
		}
		this.events.publishEvent(new DemoPartnershipCreated(partnership.getId()));
		log.warn("""

				========================================================================
				Demo partnership created: {}
				Every person and agency in it is fictional. Sign in at /sign-in with:
				{}
				Everyone but practitioners sets up an authenticator app at first sign-in.
				These passwords are shown only now.
				========================================================================""", NAME,
				String.join(System.lineSeparator(), signIns));
	}

	private String person(Partnership partnership, Agency agency, Team team, String name, EnumSet<Role> roles) {
		String password = password();
		User user = this.users.save(User.create(partnership.getId(), (agency != null) ? agency.getId() : null,
				(team != null) ? team.id() : null, email(name), name, this.passwords.encode(password), roles,
				this.clock.instant()));
		String where = (agency != null) ? agency.getName() : "across the partnership";
		return "  %-45s %-32s %s, %s".formatted(user.getEmail(), password, Role.inWords(roles), where);
	}

	private static String email(String name) {
		return name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@northbrook.example";
	}

	/** Four random words: long, memorable, and passes the password policy. */
	private String password() {
		String[] words = WORDS.split(",");
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 4; i++) {
			password.append((i > 0) ? "-" : "").append(words[this.random.nextInt(words.length)]);
		}
		return password.append('-').append(10 + this.random.nextInt(90)).toString();
	}

}
