package org.onlinelives.assessment.rules;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
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

	private final Set<Concern> concerns = EnumSet.noneOf(Concern.class);

	private final Set<GroomingIndicator> grooming = EnumSet.noneOf(GroomingIndicator.class);

	private ThresholdLevel threshold;

	private Integer age;

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
		scenarios(RiskCategory.CONDUCT, ImageSharingAnswers.SHARED_INTIMATE_IMAGE);
		this.whyShared.addAll(Arrays.asList(whyShared));
		return this;
	}

	FactsBuilder afterSharing(String... codes) {
		scenarios(RiskCategory.CONDUCT, ImageSharingAnswers.SHARED_INTIMATE_IMAGE);
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
		this.concerns.add(Concern.ANY_CONCERN);
		return this;
	}

	FactsBuilder immediateRisk() {
		this.concerns.add(Concern.IMMEDIATE_RISK);
		return this;
	}

	FactsBuilder childAbusedInMakingImages() {
		this.concerns.add(Concern.CHILD_ABUSED_IN_MAKING_IMAGES);
		return this;
	}

	FactsBuilder adultOfConcernNoIdentifiedChild() {
		this.concerns.add(Concern.ADULT_OF_CONCERN_NO_IDENTIFIED_CHILD);
		return this;
	}

	FactsBuilder concernAboutSomeoneWhoWorksWithChildren() {
		this.concerns.add(Concern.SOMEONE_WHO_WORKS_WITH_CHILDREN);
		return this;
	}

	FactsBuilder bullying(BullyingRole... roles) {
		this.bullying.addAll(Arrays.asList(roles));
		return this;
	}

	FactsBuilder possibleCrime() {
		this.concerns.add(Concern.POSSIBLE_CRIME);
		return this;
	}

	FactsBuilder intimateImageShared() {
		this.concerns.add(Concern.INTIMATE_IMAGE_SHARED);
		return this;
	}

	FactsBuilder sextortion() {
		this.concerns.add(Concern.SEXTORTION);
		return this;
	}

	FactsBuilder concern(Concern... raised) {
		this.concerns.addAll(Arrays.asList(raised));
		return this;
	}

	FactsBuilder grooming(GroomingIndicator... indicators) {
		this.grooming.addAll(Arrays.asList(indicators));
		return this;
	}

	FactsBuilder threshold(ThresholdLevel level) {
		this.threshold = level;
		return this;
	}

	FactsBuilder age(int years) {
		this.age = years;
		return this;
	}

	AssessmentFacts build() {
		ConcernFlags flags = new ConcernFlags(this.concerns, this.bullying, this.grooming, this.threshold);
		return new AssessmentFacts(this.factors, this.scenarios,
				new ImageSharingAnswers(this.whyShared, this.whatHappenedAfter), this.adversities, this.ratings, flags,
				this.age);
	}

}
