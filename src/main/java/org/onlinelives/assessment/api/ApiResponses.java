package org.onlinelives.assessment.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.AssessmentStatus;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.catalogue.ProcedurePrompt;
import org.onlinelives.assessment.rules.AssessmentOutcome;
import org.onlinelives.assessment.youngpeople.Gender;
import org.onlinelives.assessment.youngpeople.ReferralSource;
import org.onlinelives.assessment.youngpeople.YoungPerson;

/**
 * The API's response bodies.
 */
final class ApiResponses {

	private ApiResponses() {
	}

	record YoungPersonResponse(long id, String caseReference, LocalDate dateOfBirth, Integer age, Gender gender,
			boolean onlineComponent, List<String> platforms, ReferralSource referralSource, List<Long> practitionerIds,
			long version) {

		static YoungPersonResponse of(YoungPerson person, int ageToday) {
			return new YoungPersonResponse(person.getId(), person.getCaseReference(), person.getDateOfBirth(), ageToday,
					person.getGender(), person.isOnlineComponent(), person.platforms(), person.getReferralSource(),
					person.practitionerIds().stream().sorted().toList(), person.getVersion());
		}

	}

	record FlagResponse(String code, String reason, String source) {
	}

	record PromptResponse(String code, String title, String whatToDo, String urgency, String reason, String source,
			String contact, String answer, String answerNote, LocalDate doneOn, String answeredBy, Instant answeredAt) {
	}

	record AssessmentResponse(long id, long youngPersonId, int sequenceNumber, AssessmentStatus status, long version,
			int catalogueVersion, Instant completedAt, boolean preview, List<FlagResponse> flags,
			List<PromptResponse> prompts) {

		static AssessmentResponse of(Assessment assessment, Catalogue catalogue, AssessmentOutcome preview) {
			List<FlagResponse> flags;
			List<PromptResponse> prompts;
			if (assessment.isComplete()) {
				flags = assessment.flags()
					.stream()
					.map((flag) -> new FlagResponse(flag.code(), flag.reason(), flag.source()))
					.toList();
				prompts = assessment.prompts().stream().map((prompt) -> {
					ProcedurePrompt catalogued = catalogue.procedurePrompt(prompt.code()).orElseThrow();
					return new PromptResponse(prompt.code(), catalogued.title(), catalogued.whatToDo(),
							prompt.urgency().name(), prompt.reason(), catalogued.source().toString(),
							catalogued.contact(), (prompt.answer() != null) ? prompt.answer().name() : null,
							prompt.answerNote(), prompt.answeredOn(), prompt.answeredByName(), prompt.answeredAt());
				}).toList();
			}
			else {
				flags = preview.flags()
					.stream()
					.map((flag) -> new FlagResponse(flag.code().name(), flag.reason(), flag.source().toString()))
					.toList();
				prompts = preview.prompts()
					.stream()
					.map((prompt) -> new PromptResponse(prompt.code(), prompt.prompt().title(),
							prompt.prompt().whatToDo(), prompt.urgency().name(), prompt.reason(),
							prompt.source().toString(), prompt.prompt().contact(), null, null, null, null, null))
					.toList();
			}
			return new AssessmentResponse(assessment.getId(), assessment.getYoungPersonId(),
					assessment.getSequenceNumber(), assessment.getStatus(), assessment.getVersion(),
					assessment.getCatalogueVersion(), assessment.getCompletedAt(), !assessment.isComplete(), flags,
					prompts);
		}

	}

}
