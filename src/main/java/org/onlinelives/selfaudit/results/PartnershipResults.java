package org.onlinelives.selfaudit.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onlinelives.selfaudit.framework.AuditFramework;
import org.onlinelives.selfaudit.scoring.AuditScores;
import org.onlinelives.selfaudit.scoring.PartnershipAverages;
import org.onlinelives.selfaudit.scoring.RagBand;
import org.onlinelives.selfaudit.scoring.RagBands;
import org.onlinelives.selfaudit.scoring.ScoreDistribution;
import org.onlinelives.selfaudit.scoring.SectionAverage;
import org.onlinelives.selfaudit.scoring.SectionResult;

/**
 * A cycle across the partnership: a heat map of agencies by section, the partnership
 * average of each section (not shown when fewer than three agencies contribute, see
 * {@link PartnershipAverages}), and the spread of scores for each statement.
 */
public final class PartnershipResults {

	private final AuditFramework framework;

	private final RagBands bands;

	private final List<AgencyRow> rows;

	private final PartnershipAverages averages;

	public record Cell(SectionResult result, RagBand band) {

		public String cssClass() {
			return "sa-heat--" + this.band.name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	public record AgencyRow(long agencyId, String agencyName, List<Cell> sections, Cell overall) {
	}

	private PartnershipResults(AuditFramework framework, RagBands bands, List<AgencyRow> rows,
			PartnershipAverages averages) {
		this.framework = framework;
		this.bands = bands;
		this.rows = rows;
		this.averages = averages;
	}

	/**
	 * @param agencyNames names of the agencies, in the order to show them
	 * @param scoresByAgency each submitted audit's scores, keyed by agency
	 */
	public static PartnershipResults of(AuditFramework framework, Map<Long, String> agencyNames,
			Map<Long, Map<String, Integer>> scoresByAgency, RagBands bands) {
		Map<Long, AuditScores> audits = new LinkedHashMap<>();
		List<AgencyRow> rows = new ArrayList<>();
		agencyNames.forEach((agencyId, name) -> {
			Map<String, Integer> scores = scoresByAgency.get(agencyId);
			if (scores == null) {
				return;
			}
			AuditScores audit = AuditScores.of(framework, scores);
			audits.put(agencyId, audit);
			List<Cell> cells = audit.sections().stream().map((result) -> new Cell(result, result.band(bands))).toList();
			rows.add(new AgencyRow(agencyId, name, cells, new Cell(audit.overall(), audit.overall().band(bands))));
		});
		return new PartnershipResults(framework, bands, rows, PartnershipAverages.of(framework, audits));
	}

	public List<AgencyRow> rows() {
		return this.rows;
	}

	public List<SectionAverage> sectionAverages() {
		return this.averages.sections();
	}

	public SectionAverage overallAverage() {
		return this.averages.overall();
	}

	public List<ScoreDistribution> distributions() {
		return this.averages.distributions();
	}

	public AuditFramework framework() {
		return this.framework;
	}

	public RagBands bands() {
		return this.bands;
	}

	/** Each section's average as shown; {@code null} where suppressed. */
	public List<String> sectionAverageTexts() {
		return sectionAverages().stream().map(PartnershipResults::format).toList();
	}

	public String overallAverageText() {
		return format(overallAverage());
	}

	/** An average as shown: one decimal place, or nothing when suppressed. */
	public static String format(SectionAverage average) {
		return average.averageTotal().isPresent()
				? String.format(Locale.UK, "%.1f", average.averageTotal().getAsDouble()) : null;
	}

	public static int minimumAgencies() {
		return PartnershipAverages.MINIMUM_AGENCIES_FOR_AVERAGE;
	}

}
