package org.onlinelives.workforce.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How many practitioners hold current training at the target's level (or above), by
 * agency and by team. Plain Java, so the counting is easy to test exhaustively.
 */
public final class Coverage {

	private Coverage() {
	}

	/** A practitioner who counts towards coverage. */
	public record Practitioner(long userId, long agencyId, Long teamId) {
	}

	/** A completion as coverage needs it. */
	public record Completion(long userId, LocalDate completedOn, TrainingLevel level, int refreshMonths) {

		boolean currentOn(LocalDate today) {
			return !this.completedOn.plusMonths(this.refreshMonths).isBefore(today);
		}

	}

	/**
	 * One group's figures: practitioners, how many are covered, and against the target.
	 */
	public record Figure(long groupId, Long parentId, int practitioners, int covered, int targetPercent) {

		/** Whole per cent, rounded down so a shortfall is never rounded away. */
		public int percent() {
			return (this.practitioners == 0) ? 0 : (int) ((100L * this.covered) / this.practitioners);
		}

		public boolean meetsTarget() {
			return this.practitioners > 0 && 100L * this.covered >= (long) this.targetPercent * this.practitioners;
		}

	}

	/** Every agency's figure, then every team's (teams name their agency as parent). */
	public record Result(List<Figure> agencies, List<Figure> teams) {

		public Figure forAgency(long agencyId) {
			return this.agencies.stream().filter((figure) -> figure.groupId() == agencyId).findFirst().orElse(null);
		}

	}

	public static Result of(Collection<Practitioner> practitioners, Collection<Completion> completions,
			TrainingLevel level, int targetPercent, LocalDate today) {
		Set<Long> covered = completions.stream()
			.filter((completion) -> completion.level().meets(level) && completion.currentOn(today))
			.map(Completion::userId)
			.collect(Collectors.toSet());
		Map<Long, int[]> agencies = new LinkedHashMap<>();
		Map<Long, int[]> teams = new LinkedHashMap<>();
		Map<Long, Long> teamAgency = new LinkedHashMap<>();
		for (Practitioner practitioner : practitioners) {
			int hit = covered.contains(practitioner.userId()) ? 1 : 0;
			count(agencies, practitioner.agencyId(), hit);
			if (practitioner.teamId() != null) {
				count(teams, practitioner.teamId(), hit);
				teamAgency.put(practitioner.teamId(), practitioner.agencyId());
			}
		}
		List<Figure> agencyFigures = new ArrayList<>();
		agencies.forEach((id, counts) -> agencyFigures.add(new Figure(id, null, counts[0], counts[1], targetPercent)));
		List<Figure> teamFigures = new ArrayList<>();
		teams.forEach((id, counts) -> teamFigures
			.add(new Figure(id, Objects.requireNonNull(teamAgency.get(id)), counts[0], counts[1], targetPercent)));
		return new Result(agencyFigures, teamFigures);
	}

	private static void count(Map<Long, int[]> groups, long id, int hit) {
		int[] counts = groups.computeIfAbsent(id, (key) -> new int[2]);
		counts[0]++;
		counts[1] += hit;
	}

}
