package org.onlinelives.assessment.rules;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onlinelives.assessment.catalogue.RiskCategory;

/**
 * Test data builder for {@link AssessmentFacts}: start from nothing recorded and add only
 * what a test is about.
 */
final class FactsBuilder {

	private final Set<String> factors = new HashSet<>();

	private final Map<RiskCategory, Set<String>> scenarios = new EnumMap<>(RiskCategory.class);

	private final Set<String> whyShared = new HashSet<>();

	private final Set<String> whatHappenedAfter = new HashSet<>();

	private final Set<String> adversities = new HashSet<>();

	private final Map<String, Integer> ratings = new HashMap<>();

	private final Set<BullyingRole> bullying = new HashSet<>();

	private boolean anyConcern;

	private boolean immediateRisk;

	private boolean childAbusedInMakingImages;

	private boolean adultOfConcernNoIdentifiedChild;

	private boolean concernAboutSomeoneWhoWorksWithChildren;

	private boolean possibleCrime;

	private boolean intimateImageShared;

	private boolean sextortion;

	private GroomingMarkers grooming = GroomingMarkers.NONE;

	static FactsBuilder facts() {
		return new FactsBuilder();
	}

	FactsBuilder factors(String... codes) {
		this.factors.addAll(Arrays.asList(codes));
		return this;
	}

	FactsBuilder factors(List<String> codes) {
		this.factors.addAll(codes);
		return this;
	}

	FactsBuilder scenarios(RiskCategory c, String... codes) {
		this.scenarios.computeIfAbsent(c, (key) -> new HashSet<>()).addAll(Arrays.asList(codes));
		return this;
	}

	FactsBuilder sharedIntimateImage(String... whyShared) {
		scenarios(RiskCategory.CONDUCT, Codes.SHARED_INTIMATE_IMAGE);
		this.whyShared.addAll(Arrays.asList(whyShared));
		return this;
	}

	FactsBuilder afterSharing(String... codes) {
		scenarios(RiskCategory.CONDUCT, Codes.SHARED_INTIMATE_IMAGE);
		this.whatHappenedAfter.addAll(Arrays.asList(codes));
		return this;
	}

	FactsBuilder adversities(String... codes) {
		this.adversities.addAll(Arrays.asList(codes));
		return this;
	}

	FactsBuilder rated(String tenC, int level) {
		this.ratings.put(tenC, level);
		return this;
	}

	FactsBuilder anyConcern() {
		this.anyConcern = true;
		return this;
	}

	FactsBuilder immediateRisk() {
		this.immediateRisk = true;
		return this;
	}

	FactsBuilder childAbusedInMakingImages() {
		this.childAbusedInMakingImages = true;
		return this;
	}

	FactsBuilder adultOfConcernNoIdentifiedChild() {
		this.adultOfConcernNoIdentifiedChild = true;
		return this;
	}

	FactsBuilder concernAboutSomeoneWhoWorksWithChildren() {
		this.concernAboutSomeoneWhoWorksWithChildren = true;
		return this;
	}

	FactsBuilder bullying(BullyingRole... roles) {
		this.bullying.addAll(Arrays.asList(roles));
		return this;
	}

	FactsBuilder possibleCrime() {
		this.possibleCrime = true;
		return this;
	}

	FactsBuilder intimateImageShared() {
		this.intimateImageShared = true;
		return this;
	}

	FactsBuilder sextortion() {
		this.sextortion = true;
		return this;
	}

	FactsBuilder grooming(GroomingMarkers markers) {
		this.grooming = markers;
		return this;
	}

	AssessmentFacts build() {
		ConcernFlags concerns = new ConcernFlags(this.anyConcern, this.immediateRisk, this.childAbusedInMakingImages,
				this.adultOfConcernNoIdentifiedChild, this.concernAboutSomeoneWhoWorksWithChildren, this.bullying,
				this.possibleCrime, this.intimateImageShared, this.sextortion, this.grooming);
		return new AssessmentFacts(this.factors, this.scenarios,
				new ImageSharingAnswers(this.whyShared, this.whatHappenedAfter), this.adversities, this.ratings,
				concerns);
	}

}
