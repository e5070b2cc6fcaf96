package org.onlinelives.casedata.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;

import org.onlinelives.casedata.returns.DataReturn;
import org.onlinelives.casedata.returns.ReturnFigure;
import org.onlinelives.casedata.returns.ReturnViews.AgencyCell;
import org.onlinelives.casedata.returns.ReturnViews.Overview;
import org.onlinelives.casedata.returns.ReturnViews.OverviewRow;

/**
 * The returns API's JSON bodies. Every count is as submitted, under disclosure control: a
 * withheld count is null with {@code withheld: true}.
 */
final class ReturnsApiResponses {

	private ReturnsApiResponses() {
	}

	@Schema(description = "The partnership's return timetable and who has submitted for each period, latest first")
	record ReturnsResponse(
			@Schema(description = "MONTHLY, QUARTERLY, HALF_YEARLY or YEARLY; null when no timetable is set",
					nullable = true) String frequency,
			List<PeriodResponse> periods) {

		static ReturnsResponse of(Overview overview) {
			List<PeriodResponse> periods = new ArrayList<>();
			for (OverviewRow row : overview.periods()) {
				List<AgencyStatus> agencies = new ArrayList<>();
				for (AgencyCell cell : row.agencies()) {
					agencies.add(new AgencyStatus(cell.agencyId(), cell.agency(), cell.status().name(),
							(cell.latest() != null) ? cell.latest().id() : null,
							(cell.latest() != null) ? cell.latest().version() : null));
				}
				periods.add(new PeriodResponse(row.period().start().toString(), row.period().end().toString(),
						row.period().opens().toString(), row.period().due().toString(), agencies));
			}
			return new ReturnsResponse(
					(overview.timetable() != null) ? overview.timetable().getFrequency().name() : null, periods);
		}

	}

	@Schema(description = "One period of the timetable")
	record PeriodResponse(@Schema(example = "2026-10-01") String start, @Schema(example = "2026-12-31") String end,
			@Schema(description = "The first day a return can be submitted", example = "2026-12-01") String opens,
			@Schema(example = "2027-01-30") String due, List<AgencyStatus> agencies) {
	}

	@Schema(description = "One agency's standing for a period")
	record AgencyStatus(long agencyId, String agency,
			@Schema(description = "SUBMITTED, NOT_YET_SUBMITTED, OVERDUE or NOT_OPEN") String status,
			@Schema(description = "The latest submitted version's id, for GET /api/v1/returns/{id}",
					nullable = true) Long latestReturnId,
			@Schema(nullable = true) Integer latestVersion) {
	}

	@Schema(description = "One submitted version of an agency's return")
	record ReturnResponse(long id, long agencyId, String agency, String periodStart, String periodEnd, int version,
			String submittedAt, String comment,
			@Schema(description = "Non-zero counts below this are withheld") int threshold, boolean roundedToFive,
			List<BreakdownResponse> breakdowns) {

		static ReturnResponse of(DataReturn dataReturn, String agency) {
			List<BreakdownResponse> breakdowns = new ArrayList<>();
			dataReturn.byBreakdown().forEach((name, figures) -> {
				List<FigureResponse> categories = new ArrayList<>();
				FigureResponse total = null;
				for (ReturnFigure figure : figures) {
					FigureResponse shown = new FigureResponse(figure.categoryCode(), figure.categoryLabel(),
							figure.shownCount(), figure.withheld());
					if (figure.total()) {
						total = shown;
					}
					else {
						categories.add(shown);
					}
				}
				breakdowns.add(new BreakdownResponse(name.toLowerCase(Locale.ROOT), categories, total));
			});
			return new ReturnResponse(dataReturn.getId(), dataReturn.getAgencyId(), agency,
					dataReturn.getPeriodStart().toString(), dataReturn.getPeriodEnd().toString(),
					dataReturn.getReturnVersion(), dataReturn.getSubmittedAt().toString(), dataReturn.getComment(),
					dataReturn.getThreshold(), dataReturn.isRoundedToFive(), breakdowns);
		}

	}

	@Schema(description = "One breakdown: its categories and their total")
	record BreakdownResponse(@Schema(example = "age_band") String breakdown, List<FigureResponse> categories,
			FigureResponse total) {
	}

	@Schema(description = "One count, or a withheld one")
	record FigureResponse(String code, String label,
			@Schema(description = "Cases counted; null when withheld", nullable = true) Long count, boolean withheld) {
	}

}
