package org.onlinelives.selfaudit.scoring;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.onlinelives.selfaudit.framework.AuditFramework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.onlinelives.selfaudit.scoring.AuditScoresBuilder.FRAMEWORK;
import static org.onlinelives.selfaudit.scoring.AuditScoresBuilder.audit;

class PartnershipAveragesTests {

	@Test
	void suppressesEverythingWithTwoAgencies() {
		PartnershipAverages averages = averages(audit().allScored(4).build(), audit().allScored(2).build());
		assertThat(averages.sections()).hasSize(6).allSatisfy((average) -> {
			assertThat(average.isSuppressed()).isTrue();
			assertThat(average.agencyCount()).isEqualTo(2);
			assertThat(average.averageTotal()).isEmpty();
			assertThat(average.averagePercent()).isEmpty();
		});
		assertThat(averages.overall().isSuppressed()).isTrue();
		assertThat(averages.distributions()).hasSize(36).allSatisfy((distribution) -> {
			assertThat(distribution.isSuppressed()).isTrue();
			assertThat(distribution.agenciesAtScore()).isEmpty();
			assertThat(distribution.agenciesAt(4)).isEmpty();
		});
	}

	@Test
	void showsAveragesWithThreeAgencies() {
		PartnershipAverages averages = averages(audit().allScored(4).build(), audit().allScored(2).build(),
				audit().allScored(0).build());
		assertThat(averages.sections()).allSatisfy((average) -> {
			assertThat(average.isSuppressed()).isFalse();
			assertThat(average.agencyCount()).isEqualTo(3);
			assertThat(average.averageTotal()).hasValue(12.0);
			assertThat(average.averagePercent()).hasValue(50.0);
		});
		assertThat(averages.overall().averageTotal()).hasValue(72.0);
		assertThat(averages.overall().maximum()).isEqualTo(144);
	}

	@Test
	void suppressesWithNoAgencies() {
		PartnershipAverages averages = averages();
		assertThat(averages.overall().isSuppressed()).isTrue();
		assertThat(averages.distribution("1.1").isSuppressed()).isTrue();
	}

	@Test
	void countsAgenciesAtEachScoreWithThreeAgencies() {
		PartnershipAverages averages = averages(audit().with("2.4", 3).build(), audit().with("2.4", 3).build(),
				audit().with("2.4", 0).build());
		ScoreDistribution distribution = averages.distribution("2.4");
		assertThat(distribution.isSuppressed()).isFalse();
		assertThat(distribution.agencyCount()).isEqualTo(3);
		assertThat(distribution.agenciesAtScore()).containsExactly(1, 0, 0, 2, 0);
		assertThat(distribution.agenciesAt(3)).hasValue(2);
	}

	@Test
	void suppressesADistributionScoredByOnlyTwoOfThreeAgencies() {
		PartnershipAverages averages = averages(audit().with("5.1", 1).with("5.2", 2).build(),
				audit().with("5.1", 2).with("5.2", 2).build(), audit().with("5.2", 4).build());
		assertThat(averages.distribution("5.1").isSuppressed()).isTrue();
		assertThat(averages.distribution("5.1").agencyCount()).isEqualTo(2);
		assertThat(averages.distribution("5.2").agenciesAtScore()).containsExactly(0, 0, 2, 0, 1);
	}

	@Test
	void countsOnlyAgenciesThatScoredTheSection() {
		PartnershipAverages twoScoredSectionSix = averages(audit().section(6, 4).build(), audit().section(6, 2).build(),
				audit().section(1, 3).build());
		assertThat(twoScoredSectionSix.section(6).isSuppressed()).isTrue();
		assertThat(twoScoredSectionSix.section(6).agencyCount()).isEqualTo(2);
		assertThat(twoScoredSectionSix.section(1).isSuppressed()).isTrue();
		assertThat(twoScoredSectionSix.overall().averageTotal()).hasValue((24 + 12 + 18) / 3.0);
	}

	@Test
	void averagesPartScoredSectionsOverTheirTotals() {
		PartnershipAverages averages = averages(audit().with("3.1", 4).build(), audit().section(3, 4).build(),
				audit().section(3, 1).build());
		assertThat(averages.section(3).averageTotal().getAsDouble()).isCloseTo((4 + 24 + 6) / 3.0, within(1e-9));
	}

	@Test
	void refusesAuditsAgainstAnotherFrameworkVersion() {
		AuditFramework other = new AuditFramework("2099-1", FRAMEWORK.source(), FRAMEWORK.scale(),
				FRAMEWORK.sections());
		AuditScores otherAudit = AuditScores.of(other, Map.of("1.1", 2));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PartnershipAverages.of(FRAMEWORK, Map.of("agency-a", otherAudit)))
			.withMessage("The audit for agency-a uses framework 2099-1, not 2026-1");
	}

	@Test
	void refusesAnUnknownStatement() {
		assertThatIllegalArgumentException().isThrownBy(() -> averages().distribution("9.9"));
	}

	@Test
	void suppressesBelowThreeAgencies() {
		assertThat(PartnershipAverages.MINIMUM_AGENCIES_FOR_AVERAGE).isEqualTo(3);
	}

	private static PartnershipAverages averages(AuditScores... audits) {
		Map<String, AuditScores> byAgency = new LinkedHashMap<>();
		for (int i = 0; i < audits.length; i++) {
			byAgency.put("agency-" + i, audits[i]);
		}
		return PartnershipAverages.of(FRAMEWORK, byAgency);
	}

}
