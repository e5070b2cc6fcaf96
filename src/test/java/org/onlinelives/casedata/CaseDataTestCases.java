package org.onlinelives.casedata;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.youngpeople.CaseOutcome;
import org.onlinelives.assessment.youngpeople.Gender;
import org.onlinelives.assessment.youngpeople.ReferralSource;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.assessment.youngpeople.YoungPerson;
import org.onlinelives.assessment.youngpeople.YoungPersonDetails;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.support.TestData;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/**
 * Builds counted cases through the assessment module's services, as a practitioner would,
 * and waits for the case data module's listener to keep their facts.
 */
public final class CaseDataTestCases {

	private CaseDataTestCases() {
	}

	public static long completedCase(YoungPeopleService youngPeople, AssessmentService assessments, User practitioner,
			Gender gender, String platform, CaseOutcome outcome) {
		return completedCase(youngPeople, assessments, practitioner, 14, gender, platform, outcome);
	}

	public static long completedCase(YoungPeopleService youngPeople, AssessmentService assessments, User practitioner,
			int age, Gender gender, String platform, CaseOutcome outcome) {
		SignedInUser owner = new SignedInUser(practitioner, false, false);
		YoungPerson person = youngPeople.create(owner, new YoungPersonDetails("CD-" + TestData.unique(), null, age,
				gender, true, List.of(platform), ReferralSource.SCHOOL, Set.of(practitioner.getId())));
		Assessment assessment = assessments.start(owner, person.getId());
		assessment = assessments.saveScenarios(owner, person.getId(), assessment.getId(), assessment.getVersion(),
				Set.of("CONTENT_HATE_SITES"), Set.of(), Set.of());
		assessments.complete(owner, person.getId(), assessment.getId(), assessment.getVersion());
		if (outcome != null) {
			YoungPerson current = youngPeople.find(owner, person.getId());
			youngPeople.recordOutcome(owner, person.getId(), outcome, java.time.LocalDate.now(), true,
					current.getVersion());
		}
		return person.getId();
	}

	/** Completed publications are deleted, so none may remain once listeners are done. */
	public static void awaitNoIncompletePublications(JdbcClient jdbc) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
				.query(Long.class)
				.single() == 0);
	}

	public static void awaitOutcome(JdbcClient jdbc, long partnershipId, String outcome) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select count(*) from case_fact where partnership_id = :p and outcome = :o")
				.param("p", partnershipId)
				.param("o", outcome)
				.query(Long.class)
				.single() > 0);
	}

	public static void awaitFacts(JdbcClient jdbc, long partnershipId, long expected) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select count(*) from case_fact where partnership_id = :p")
				.param("p", partnershipId)
				.query(Long.class)
				.single() == expected);
	}

}
