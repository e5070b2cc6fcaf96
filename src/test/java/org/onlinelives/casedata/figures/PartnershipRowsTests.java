package org.onlinelives.casedata.figures;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.AgencyType;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

class PartnershipRowsTests {

	private static final List<Category> TWO = List.of(new Category("A", "A"), new Category("B", "B"));

	@Test
	void agenciesWithTooFewCasesAreCountedTogetherWhenTogetherTheyAreEnough() {
		List<Agency> agencies = List.of(agency(1, "None"), agency(2, "Three"), agency(3, "Eight"), agency(4, "Twelve"));
		Figures figures = new Figures(Breakdown.GENDER, TWO,
				Map.of(2L, new long[] { 1, 2 }, 3L, new long[] { 5, 3 }, 4L, new long[] { 7, 5 }));
		PartnershipRows rows = PartnershipRows.of(agencies, figures, Map.of(2L, 3L, 3L, 8L, 4L, 12L), 10);
		assertThat(rows.names()).containsExactly("None", "Twelve");
		assertThat(rows.grouped()).isEqualTo(2);
		assertThat(rows.leftOut()).isZero();
		assertThat(rows.counts()).isDeepEqualTo(new long[][] { { 0, 0 }, { 7, 5 }, { 6, 5 } });
		assertThat(rows.cases(Map.of(2L, 3L, 3L, 8L, 4L, 12L))).isEqualTo(23);
	}

	@Test
	void agenciesTooFewEvenTogetherAreLeftOutOfEveryRowAndTotal() {
		List<Agency> agencies = List.of(agency(2, "Three"), agency(4, "Twelve"));
		Figures figures = new Figures(Breakdown.GENDER, TWO, Map.of(2L, new long[] { 1, 2 }, 4L, new long[] { 7, 5 }));
		PartnershipRows rows = PartnershipRows.of(agencies, figures, Map.of(2L, 3L, 4L, 12L), 10);
		assertThat(rows.names()).containsExactly("Twelve");
		assertThat(rows.grouped()).isZero();
		assertThat(rows.leftOut()).isEqualTo(1);
		assertThat(rows.counts()).isDeepEqualTo(new long[][] { { 7, 5 } });
		assertThat(rows.cases(Map.of(2L, 3L, 4L, 12L))).isEqualTo(12);
	}

	@Test
	void agencyTotalsAreKnownInSingleValuedBreakdownsAndReturnsPinTheirOwnRowOnly() {
		List<Agency> agencies = List.of(agency(4, "Twelve"), agency(5, "Twenty"));
		Figures figures = new Figures(Breakdown.GENDER, TWO,
				Map.of(4L, new long[] { 7, 5 }, 5L, new long[] { 10, 10 }));
		PartnershipRows rows = PartnershipRows.of(agencies, figures, Map.of(4L, 12L, 5L, 20L), 10);
		ReleasedFigures released = ReleasedFigures.builder().shown(5, "GENDER", "A").build();
		boolean[][] single = rows.released(Breakdown.GENDER, TWO, released);
		assertThat(single)
			.isDeepEqualTo(new boolean[][] { { false, false, true }, { true, false, true }, { false, false, true } });
		boolean[][] multi = rows.released(Breakdown.PLATFORM, TWO, released);
		assertThat(multi).isDeepEqualTo(
				new boolean[][] { { false, false, false }, { false, false, false }, { false, false, false } });
	}

	private static Agency agency(long id, String name) {
		Agency agency = Agency.create(1L, name, AgencyType.SCHOOL);
		ReflectionTestUtils.setField(agency, "id", id);
		return agency;
	}

}
