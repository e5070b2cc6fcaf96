package org.onlinelives.assessment.web;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.onlinelives.assessment.catalogue.RiskCategory;
import org.onlinelives.assessment.rules.AssessmentFacts;
import org.onlinelives.families.HelpTopic;
import org.onlinelives.families.SignpostingNeed;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the signposting prompt asks the help directory for: the case's Cs, from its
 * scenarios and the 10 Cs rated high risk, and the young person's age.
 */
class PromptContactsTests {

	private static final int HIGH_RISK = 4;

	@ParameterizedTest
	@EnumSource(RiskCategory.class)
	void everyCTheAssessmentUsesIsOneTheDirectoryKnows(RiskCategory c) {
		assertThat(PromptContacts.topic(c).name()).isEqualTo(c.name());
	}

	@Test
	void theCsOfTheScenariosRecorded() {
		AssessmentFacts facts = new AssessmentFacts(Set.of(),
				Map.of(RiskCategory.COMMUNITIES, Set.of("COMMUNITIES_GAMING"), RiskCategory.COMMERCE,
						Set.of("COMMERCE_TRICKED_INTO_PAYING"), RiskCategory.CONTENT, Set.of()),
				null, Set.of(), Map.of(), null, 13);
		SignpostingNeed need = PromptContacts.need(facts, HIGH_RISK, false);
		assertThat(need.topics()).containsExactly(HelpTopic.COMMERCE, HelpTopic.COMMUNITIES);
		assertThat(need.age()).isEqualTo(13);
		assertThat(need.youngPersonOnly()).isFalse();
	}

	@Test
	void tenCsRatedHighRiskAddTheirCWhenTheyAreOne() {
		AssessmentFacts facts = new AssessmentFacts(
				Set.of(), Map.of(), null, Set.of(), Map.of("CONDUCT", 5, "CONTACT", 3,
						"COMMERCIAL_PERSONAL_PROFESSIONAL_VALUE", 4, "CONSUMPTION", 5, "COMPOSITE_AND_COMPLEX", 5),
				null, null);
		SignpostingNeed need = PromptContacts.need(facts, HIGH_RISK, true);
		assertThat(need.topics()).containsExactly(HelpTopic.CONDUCT, HelpTopic.COMMERCE);
		assertThat(need.age()).isNull();
		assertThat(need.youngPersonOnly()).isTrue();
	}

	@Test
	void nothingRecordedAsksForGeneralHelp() {
		assertThat(PromptContacts.need(AssessmentFacts.none(), HIGH_RISK, false).topics()).isEmpty();
	}

}
