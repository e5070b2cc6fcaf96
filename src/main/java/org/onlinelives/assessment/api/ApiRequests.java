package org.onlinelives.assessment.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import org.onlinelives.assessment.rules.BullyingRole;
import org.onlinelives.assessment.rules.GroomingIndicator;
import org.onlinelives.assessment.rules.ThresholdLevel;
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
			@Schema(description = "Platforms and apps involved, up to 20 of up to 60 characters each. A name that matches "
					+ "one on the partnership's platform list, whatever its case and spaces, is recorded as the list's "
					+ "name; any other is kept as typed, as another platform") List<String> platforms,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ReferralSource referralSource,
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

	@Schema(description = "The concern questions. Omitted answers are no.")
	record ConcernsRequest(Boolean anyConcern, Boolean immediateRiskOfSignificantHarm, @Schema(
			description = "The young person has expressed thoughts of suicide or is harming themselves") Boolean suicidalThoughtsOrSelfHarm,
			Boolean childIdentifiedAsAbusedInMakingImages, Boolean adultOfConcernNoIdentifiedChild,
			Boolean concernAboutSomeoneWhoWorksWithChildren,
			@Schema(description = "Someone who works with children harmed this young person") Boolean workerHarmedThisChild,
			@Schema(description = "The person of concern is an adult in the young person's household or network") Boolean adultInHouseholdOrNetwork,
			List<BullyingRole> bullying, Boolean possibleCrime,
			@Schema(description = "Someone else has passed on or posted a nude or intimate picture of the young person (asked on the web with the scenarios)") Boolean intimateImageShared,
			@Schema(description = "Someone threatens to share a picture of the young person, real or faked, or blackmails them over pictures (sextortion); threats are enough (asked on the web with the scenarios)") Boolean sextortionThreatsOrBlackmail,
			Boolean sexualExploitation, Boolean criminalExploitationOrGangs, Boolean radicalisation,
			@Schema(description = "Involving the parents or carers would increase the risk") Boolean parentsWouldIncreaseRisk,
			@Schema(description = "Signs of grooming seen; any one raises the police and CEOP prompt") List<GroomingIndicator> groomingIndicators,
			@Schema(description = "The threshold decision agreed with the safeguarding lead, from the local threshold document") ThresholdLevel thresholdDecision) {
	}

	record TenCRequest(String strengths, String vulnerabilities,
			@Schema(description = "1 strong resilience to 5 high risk") Integer rating, String youngPersonView,
			String parentView) {
	}

}
