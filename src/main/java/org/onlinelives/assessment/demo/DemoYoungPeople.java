package org.onlinelives.assessment.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.AssessmentAnswers;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.assessments.TenCEntry;
import org.onlinelives.assessment.rules.BullyingRole;
import org.onlinelives.assessment.rules.ConcernFlags;
import org.onlinelives.assessment.rules.Concern;
import org.onlinelives.assessment.rules.ThresholdLevel;
import org.onlinelives.assessment.youngpeople.Gender;
import org.onlinelives.assessment.youngpeople.ReferralSource;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.assessment.youngpeople.YoungPerson;
import org.onlinelives.assessment.youngpeople.YoungPersonDetails;
import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.AgencyType;
import org.onlinelives.platform.organisation.DemoPartnershipCreated;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.people.PeopleDirectory;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo profile: once the platform's fictional partnership exists, adds a few clearly
 * fictional young people (case references start DEMO-) with assessments to the children's
 * social care agency, recorded as its demo practitioner. None of them is a real person;
 * their stories are invented to show the prompts, not taken from the seeds.
 */
@Component
@Profile("demo")
class DemoYoungPeople {

	private static final Logger log = LoggerFactory.getLogger(DemoYoungPeople.class);

	private final AgencyDirectory agencies;

	private final PeopleDirectory users;

	private final YoungPeopleService youngPeople;

	private final AssessmentService assessments;

	DemoYoungPeople(AgencyDirectory agencies, PeopleDirectory users, YoungPeopleService youngPeople,
			AssessmentService assessments) {
		this.agencies = agencies;
		this.users = users;
		this.youngPeople = youngPeople;
		this.assessments = assessments;
	}

	// Synchronous, inside the demo loader's transaction: the demo partnership and its
	// young people appear together or not at all.
	@EventListener
	void on(DemoPartnershipCreated event) {
		Optional<Agency> agency = this.agencies.agenciesOf(event.partnershipId())
			.stream()
			.filter((candidate) -> candidate.getType() == AgencyType.CHILDRENS_SOCIAL_CARE)
			.findFirst();
		Optional<User> practitioner = agency
			.flatMap((found) -> this.users.peopleOf(event.partnershipId(), found.getId())
				.stream()
				.filter((user) -> user.hasRole(Role.PRACTITIONER))
				.findFirst());
		if (practitioner.isEmpty()) {
			log.warn("No children's social care practitioner in the demo partnership: no demo young people added");
			return;
		}
		SignedInUser worker = new SignedInUser(practitioner.get(), false, false);
		long id = person(worker, "DEMO-001", 15, Gender.GIRL_OR_WOMAN, List.of("A photo-sharing app"));
		record(worker, id, new AssessmentAnswers(Set.of("EMOTIONAL_DIFFICULTIES", "ISOLATED"),
				Set.of("CONDUCT_SHARED_INTIMATE_IMAGE"), Set.of("SHARED_UNDER_PRESSURE"), Set.of("AFTER_THREATENED"),
				Set.of(), null,
				new ConcernFlags(Set.of(Concern.ANY_CONCERN, Concern.POSSIBLE_CRIME, Concern.INTIMATE_IMAGE_SHARED,
						Concern.SEXTORTION), Set.of(), Set.of(), ThresholdLevel.CHILD_PROTECTION),
				Map.of("CONTENT", new TenCEntry(null, "Pictures of her are being passed round", 4,
						"Wants them taken down", null))),
				true);

		long second = person(worker, "DEMO-002", 13, Gender.BOY_OR_MAN, List.of("An online game", "A voice chat app"));
		record(worker, second,
				new AssessmentAnswers(Set.of("YOUNG_CARER", "LEARNING_DIFFICULTY", "CYBERBULLIED", "ISOLATED"),
						Set.of("CONTACT_CYBERBULLIED", "CONDUCT_OVER_FIVE_HOURS_A_DAY"), Set.of(), Set.of(),
						Set.of("PARENTAL_MENTAL_ILL_HEALTH"), "Cares for his dad most evenings.",
						new ConcernFlags(Set.of(Concern.ANY_CONCERN), Set.of(BullyingRole.CHILD_HARMED), Set.of(),
								ThresholdLevel.EARLY_HELP),
						Map.of("CONTACT", new TenCEntry("Tells his teacher", "Messages at night", 4, null, null),
								"CONSUMPTION", new TenCEntry(null, "Plays late into the night", 4, null, null))),
				true);
		record(worker, second,
				new AssessmentAnswers(Set.of("YOUNG_CARER", "LEARNING_DIFFICULTY", "CYBERBULLIED", "ISOLATED"),
						Set.of("CONTACT_CYBERBULLIED"), Set.of(), Set.of(), Set.of("PARENTAL_MENTAL_ILL_HEALTH"),
						"Young carers' group has started.",
						new ConcernFlags(Set.of(Concern.ANY_CONCERN), Set.of(BullyingRole.CHILD_HARMED), Set.of(),
								ThresholdLevel.EARLY_HELP),
						Map.of("CONTACT", new TenCEntry("Blocked the accounts", null, 3, "Feels safer", null),
								"CONSUMPTION", new TenCEntry("Agreed a cut-off time", null, 2, null, null))),
				true);

		long third = person(worker, "DEMO-003", 16, Gender.NON_BINARY, List.of());
		record(worker, third, new AssessmentAnswers(Set.of("COMMUNICATION_DIFFICULTY"), Set.of("COMMUNITIES_GAMING"),
				Set.of(), Set.of(), Set.of(), null, ConcernFlags.NONE, Map.of()), false);
		log.info("Added three fictional demo young people (DEMO-001 to DEMO-003) to {}", agency.get().getName());
	}

	private long person(SignedInUser worker, String reference, int age, Gender gender, List<String> platforms) {
		YoungPerson person = this.youngPeople.create(worker, new YoungPersonDetails(reference, null, age, gender, true,
				platforms, ReferralSource.SCHOOL, Set.of(worker.id())));
		return person.getId();
	}

	private void record(SignedInUser worker, long youngPersonId, AssessmentAnswers answers, boolean complete) {
		Assessment started = this.assessments.start(worker, youngPersonId);
		this.assessments.record(worker, youngPersonId, started.getId(), started.getVersion(), answers, complete);
	}

}
