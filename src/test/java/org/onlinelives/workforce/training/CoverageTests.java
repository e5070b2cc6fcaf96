package org.onlinelives.workforce.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.onlinelives.workforce.training.Coverage.Completion;
import org.onlinelives.workforce.training.Coverage.Figure;
import org.onlinelives.workforce.training.Coverage.Practitioner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onlinelives.workforce.training.TrainingFixtures.TODAY;

class CoverageTests {

	@Test
	void countsPractitionersWithCurrentTrainingAtTheLevelOrAbove() {
		List<Practitioner> staff = List.of(new Practitioner(1, 100, 7L), new Practitioner(2, 100, 7L),
				new Practitioner(3, 100, null), new Practitioner(4, 200, 9L));
		List<Completion> done = List.of(
				// current at practitioner level: counts
				new Completion(1, TODAY.minusMonths(11), TrainingLevel.PRACTITIONER, 12),
				// awareness only: below the level
				new Completion(2, TODAY.minusMonths(1), TrainingLevel.AWARENESS, 12),
				// specialist but past its refresher: lapsed
				new Completion(3, TODAY.minusMonths(13), TrainingLevel.SPECIALIST, 12),
				// specialist and current: counts for a practitioner target
				new Completion(4, TODAY.minusMonths(2), TrainingLevel.SPECIALIST, 12));
		Coverage.Result result = Coverage.of(staff, done, TrainingLevel.PRACTITIONER, 100, TODAY);
		Figure first = result.forAgency(100);
		assertThat(first.practitioners()).isEqualTo(3);
		assertThat(first.covered()).isEqualTo(1);
		assertThat(first.percent()).isEqualTo(33);
		assertThat(first.meetsTarget()).isFalse();
		assertThat(result.forAgency(200).meetsTarget()).isTrue();
		assertThat(result.teams()).extracting(Figure::groupId, Figure::parentId, Figure::practitioners, Figure::covered)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(7L, 100L, 2, 1),
					org.assertj.core.groups.Tuple.tuple(9L, 200L, 1, 1));
	}

	@Test
	void theRefresherDateItselfStillCounts() {
		LocalDate completed = TODAY.minusMonths(12);
		Coverage.Result result = Coverage.of(List.of(new Practitioner(1, 100, null)),
				List.of(new Completion(1, completed, TrainingLevel.PRACTITIONER, 12)), TrainingLevel.PRACTITIONER, 100,
				TODAY);
		assertThat(result.forAgency(100).covered()).isEqualTo(1);
	}

	@Test
	void aTargetIsMetOnlyWhenTheShareReachesIt() {
		assertThat(new Figure(1, null, 3, 2, 67).meetsTarget()).isFalse();
		assertThat(new Figure(1, null, 3, 2, 66).meetsTarget()).isTrue();
		assertThat(new Figure(1, null, 0, 0, 50).meetsTarget()).isFalse();
		assertThat(new Figure(1, null, 3, 2, 66).percent()).isEqualTo(66);
	}

	@Test
	void agreesWithADirectCountOnRandomStaff() {
		Random random = new Random(42);
		for (int round = 0; round < 200; round++) {
			List<Practitioner> staff = new ArrayList<>();
			List<Completion> done = new ArrayList<>();
			int people = 1 + random.nextInt(40);
			for (int person = 0; person < people; person++) {
				staff.add(new Practitioner(person, random.nextInt(3), null));
				for (int course = random.nextInt(3); course > 0; course--) {
					done.add(new Completion(person, TODAY.minusDays(random.nextInt(800)),
							TrainingLevel.values()[random.nextInt(3)], 12));
				}
			}
			TrainingLevel level = TrainingLevel.values()[random.nextInt(3)];
			Coverage.Result result = Coverage.of(staff, done, level, 80, TODAY);
			for (long agency = 0; agency < 3; agency++) {
				long expectedStaff = 0;
				long expectedCovered = 0;
				for (Practitioner practitioner : staff) {
					if (practitioner.agencyId() != agency) {
						continue;
					}
					expectedStaff++;
					boolean covered = done.stream()
						.anyMatch((c) -> c.userId() == practitioner.userId() && c.level().ordinal() >= level.ordinal()
								&& !c.completedOn().plusMonths(12).isBefore(TODAY));
					expectedCovered += covered ? 1 : 0;
				}
				Figure figure = result.forAgency(agency);
				if (expectedStaff == 0) {
					assertThat(figure).isNull();
				}
				else {
					assertThat(figure.practitioners()).isEqualTo(expectedStaff);
					assertThat(figure.covered()).isEqualTo(expectedCovered);
				}
			}
		}
	}

}
