package org.onlinelives.assessment.youngpeople;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What is recorded about a young person: only what the work needs (data minimisation,
 * PRODUCT.md §4). No name.
 *
 * @param caseReference the holding agency's own case reference
 * @param dateOfBirth date of birth, if known; otherwise {@code age}
 * @param age age in years when no date of birth is recorded
 * @param gender gender
 * @param onlineComponent whether the case has an online component
 * @param platforms platforms and apps involved: names on the partnership's list, or other
 * text as typed
 * @param referralSource who referred the young person
 * @param practitionerIds the assigned practitioners (users of the holding agency)
 */
public record YoungPersonDetails(String caseReference, LocalDate dateOfBirth, Integer age, Gender gender,
		boolean onlineComponent, List<String> platforms, ReferralSource referralSource, Set<Long> practitionerIds) {

	public YoungPersonDetails {
		platforms = (platforms != null) ? List.copyOf(platforms) : List.of();
		practitionerIds = (practitionerIds != null) ? Set.copyOf(practitionerIds) : Set.of();
	}

	/** The same details with other platform names. */
	public YoungPersonDetails withPlatforms(List<String> names) {
		return new YoungPersonDetails(this.caseReference, this.dateOfBirth, this.age, this.gender, this.onlineComponent,
				names, this.referralSource, this.practitionerIds);
	}

}
