package org.onlinelives.assessment.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything the online-life assessment shows and asks, in one versioned catalogue. Load
 * it with {@link CatalogueLoader}, which checks it before handing it out.
 *
 * @param version catalogue version; assessments record the version they were made with
 * @param vulnerabilityFactors the vulnerability factors, counting and non-counting
 * @param scenarioGroups the high-risk scenarios, one group per C
 * @param imageSharing follow-up questions on sharing an intimate picture
 * @param offlineAdversities offline adversities that prompt a deeper look online
 * @param tenCs the 10 Cs risk and resilience map
 * @param ratingScale the risk–resilience scale, lowest level first
 * @param procedurePrompts the procedure prompts
 */
public record Catalogue(int version, List<VulnerabilityFactor> vulnerabilityFactors, List<ScenarioGroup> scenarioGroups,
		ImageSharingQuestions imageSharing, List<OfflineAdversity> offlineAdversities, List<TenC> tenCs,
		List<RatingLevel> ratingScale, List<ProcedurePrompt> procedurePrompts) {

	public Catalogue {
		vulnerabilityFactors = List.copyOf(vulnerabilityFactors);
		scenarioGroups = List.copyOf(scenarioGroups);
		offlineAdversities = List.copyOf(offlineAdversities);
		tenCs = List.copyOf(tenCs);
		ratingScale = List.copyOf(ratingScale);
		procedurePrompts = List.copyOf(procedurePrompts);
	}

	public Optional<VulnerabilityFactor> factor(String code) {
		return this.vulnerabilityFactors.stream().filter((factor) -> factor.code().equals(code)).findFirst();
	}

	public Optional<ScenarioGroup> scenarioGroup(RiskCategory c) {
		return this.scenarioGroups.stream().filter((group) -> group.c() == c).findFirst();
	}

	public Optional<Scenario> scenario(String code) {
		return this.scenarioGroups.stream()
			.flatMap((group) -> group.scenarios().stream())
			.filter((scenario) -> scenario.code().equals(code))
			.findFirst();
	}

	public Optional<OfflineAdversity> offlineAdversity(String code) {
		return this.offlineAdversities.stream().filter((adversity) -> adversity.code().equals(code)).findFirst();
	}

	public Optional<TenC> tenC(String code) {
		return this.tenCs.stream().filter((tenC) -> tenC.code().equals(code)).findFirst();
	}

	public Optional<RatingLevel> ratingLevel(int level) {
		return this.ratingScale.stream().filter((rating) -> rating.level() == level).findFirst();
	}

	public Optional<ProcedurePrompt> procedurePrompt(String code) {
		return this.procedurePrompts.stream().filter((prompt) -> prompt.code().equals(code)).findFirst();
	}

	/**
	 * The rating levels counted as high risk: the top two levels of the scale.
	 * @return the lowest level that counts as high risk
	 */
	public int lowestHighRiskLevel() {
		return this.ratingScale.stream().mapToInt(RatingLevel::level).max().orElseThrow() - 1;
	}

	/**
	 * Every code in the catalogue, in catalogue order. Codes are unique across the whole
	 * catalogue so that a code alone always says what it is.
	 * @return all codes
	 */
	public List<String> allCodes() {
		return Stream
			.of(this.vulnerabilityFactors.stream().map(VulnerabilityFactor::code),
					this.scenarioGroups.stream().flatMap((group) -> group.scenarios().stream()).map(Scenario::code),
					this.imageSharing.whyShared().stream().map(AnswerOption::code),
					this.imageSharing.whatHappenedAfter().stream().map(AnswerOption::code),
					this.offlineAdversities.stream().map(OfflineAdversity::code), this.tenCs.stream().map(TenC::code),
					this.ratingScale.stream().map(RatingLevel::code),
					this.procedurePrompts.stream().map(ProcedurePrompt::code))
			.flatMap((codes) -> codes)
			.toList();
	}

}
