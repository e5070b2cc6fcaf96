package org.onlinelives.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What other modules may know about a young person's case: de-identified data only. No
 * case reference, record id, name or date of birth; the case is known by a random key
 * that only the holding agency's record can link back to.
 *
 * @param caseKey random key of the case, stable across events
 * @param partnershipId the partnership
 * @param agencyId the holding agency
 * @param teamId the team of whoever completed the latest assessment, if they have one
 * @param countedMonth first day of the month the case was first assessed (or, with no
 * assessment, the month its outcome was recorded)
 * @param ageBand one of {@link #AGE_BANDS}
 * @param gender a gender code
 * @param referralSource a referral source code
 * @param onlineComponent the agency's view of whether the case had an online component
 * @param platforms platforms and apps as recorded, trimmed
 * @param cs the Cs of the latest completed assessment's scenarios
 * @param scenarios scenario codes of the latest completed assessment
 * @param factors vulnerability factor codes of the latest completed assessment
 * @param offlineAdversities offline adversity codes of the latest completed assessment
 * @param prompts procedure prompts raised by every completed assessment
 * @param outcome outcome code, or null while none is recorded
 * @param outcomeDate the outcome's date, or null
 * @param assessmentsCompleted how many assessment versions are completed
 * @param revision increases with every change to the case, so a listener can ignore a
 * snapshot older than one it already holds
 */
public record CaseSnapshot(String caseKey, long partnershipId, long agencyId, Long teamId, LocalDate countedMonth,
		String ageBand, String gender, String referralSource, boolean onlineComponent, List<String> platforms,
		Set<String> cs, Set<String> scenarios, Set<String> factors, Set<String> offlineAdversities,
		List<PromptFact> prompts, String outcome, LocalDate outcomeDate, int assessmentsCompleted, long revision) {

	/** Age bands, youngest first. */
	public static final List<String> AGE_BANDS = List.of("0-10", "11-13", "14-15", "16-17", "18-25");

	public CaseSnapshot {
		platforms = List.copyOf(platforms);
		cs = Set.copyOf(cs);
		scenarios = Set.copyOf(scenarios);
		factors = Set.copyOf(factors);
		offlineAdversities = Set.copyOf(offlineAdversities);
		prompts = List.copyOf(prompts);
	}

	public static String ageBand(int age) {
		if (age <= 10) {
			return AGE_BANDS.get(0);
		}
		if (age <= 13) {
			return AGE_BANDS.get(1);
		}
		if (age <= 15) {
			return AGE_BANDS.get(2);
		}
		if (age <= 17) {
			return AGE_BANDS.get(3);
		}
		return AGE_BANDS.get(4);
	}

	/**
	 * A procedure prompt raised by an assessment, and when it was answered.
	 *
	 * @param code the prompt
	 * @param urgent whether it was urgent
	 * @param raisedAt when the assessment raising it was completed
	 * @param answeredAt when it was answered, or null
	 */
	public record PromptFact(String code, boolean urgent, Instant raisedAt, Instant answeredAt) {
	}

}
