package org.onlinelives.assessment.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import org.onlinelives.assessment.rules.BullyingRole;
import org.onlinelives.assessment.youngpeople.Gender;
import org.onlinelives.assessment.youngpeople.ReferralSource;

/**
 * The API's request bodies. Codes are the catalogue's codes.
 */
final class ApiRequests {

	private ApiRequests() {
	}

	@Schema(description = "A young person, recorded with only what the work needs: no name.")
	record YoungPersonRequest(
			@Schema(description = "Your agency's case reference", example = "CSC-2024-0117",
					requiredMode = Schema.RequiredMode.REQUIRED) String caseReference,
			@Schema(description = "Date of birth; give this or age") LocalDate dateOfBirth,
			@Schema(description = "Age in years, 0 to 25; give this or dateOfBirth", minimum = "0",
					maximum = "25") Integer age,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Gender gender, Boolean onlineComponent,
			List<String> platforms, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ReferralSource referralSource,
			@Schema(description = "Ids of practitioners of your agency; defaults to you") List<Long> practitionerIds) {
	}

	@Schema(description = "What an assessment version records. Omitted parts are recorded as nothing.")
	record AssessmentRequest(
			@Schema(description = "For an update: the version you read; a stale one gets 409") Long version,
			List<String> vulnerabilityFactors, List<String> scenarios, ImageSharingRequest imageSharing,
			List<String> offlineAdversities, String offlineNotes, ConcernsRequest concerns,
			@Schema(description = "By 10 Cs code") Map<String, TenCRequest> tenCs,
			@Schema(description = "Complete the version and run the rules") Boolean complete) {
	}

	record ImageSharingRequest(List<String> whyShared, List<String> whatHappenedAfter) {
	}

	record ConcernsRequest(Boolean anyConcern, Boolean immediateRiskOfSignificantHarm,
			Boolean childIdentifiedAsAbusedInMakingImages, Boolean adultOfConcernNoIdentifiedChild,
			Boolean concernAboutSomeoneWhoWorksWithChildren, List<BullyingRole> bullying, Boolean possibleCrime,
			Boolean intimateImageShared, Boolean sextortionThreatsOrBlackmail, GroomingRequest grooming) {
	}

	record GroomingRequest(Boolean contactOnTwoOrMoreOccasions, Boolean meetingArranged, Boolean travelToMeet) {
	}

	record TenCRequest(String strengths, String vulnerabilities,
			@Schema(description = "1 strong resilience to 5 high risk") Integer rating, String youngPersonView,
			String parentView) {
	}

}
