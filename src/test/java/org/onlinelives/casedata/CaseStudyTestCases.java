package org.onlinelives.casedata;

import java.util.List;
import java.util.Set;

import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.youngpeople.Gender;
import org.onlinelives.assessment.youngpeople.ReferralSource;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.assessment.youngpeople.YoungPerson;
import org.onlinelives.assessment.youngpeople.YoungPersonDetails;
import org.onlinelives.casedata.casestudies.CaseStudy;
import org.onlinelives.casedata.casestudies.CaseStudyWorkflow;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.support.TestData;

/**
 * Builds young people with a completed assessment, and case studies at each step, as the
 * people concerned would.
 */
public final class CaseStudyTestCases {

	private CaseStudyTestCases() {
	}

	/**
	 * A 14-year-old with a completed assessment of the given scenarios, assigned to the
	 * practitioner; returns the case reference.
	 */
	public static String assessedCase(YoungPeopleService youngPeople, AssessmentService assessments, User practitioner,
			String... scenarios) {
		SignedInUser owner = new SignedInUser(practitioner, false, false);
		String reference = "CS-" + TestData.unique();
		YoungPerson person = youngPeople.create(owner, new YoungPersonDetails(reference, null, 14, Gender.GIRL_OR_WOMAN,
				true, List.of("Snapchat"), ReferralSource.SCHOOL, Set.of(practitioner.getId())));
		Assessment assessment = assessments.start(owner, person.getId());
		assessment = assessments.saveScenarios(owner, person.getId(), assessment.getId(), assessment.getVersion(),
				Set.of(scenarios), Set.of(), Set.of());
		assessments.complete(owner, person.getId(), assessment.getId(), assessment.getVersion());
		return reference;
	}

	public static CaseStudy draft(CaseStudyWorkflow workflow, User practitioner, String reference, String narrative) {
		return workflow.propose(new SignedInUser(practitioner, false, false), reference, "Contact through a game",
				narrative);
	}

	public static CaseStudy submitted(CaseStudyWorkflow workflow, User practitioner, String reference) {
		CaseStudy draft = draft(workflow, practitioner, reference, "Messages moved to a private app.");
		return workflow.submit(new SignedInUser(practitioner, false, false), draft.getId(), draft.getVersion());
	}

	public static CaseStudy published(CaseStudyWorkflow workflow, User practitioner, User lead, User admin,
			String reference) {
		CaseStudy study = submitted(workflow, practitioner, reference);
		study = workflow.decide(new SignedInUser(lead, false, false), study.getId(), study.getVersion(), true, null);
		return workflow.decide(new SignedInUser(admin, false, false), study.getId(), study.getVersion(), true, null);
	}

}
