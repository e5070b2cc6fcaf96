package org.onlinelives.casedata.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.onlinelives.casedata.figures.Breakdown;
import org.onlinelives.casedata.figures.CaseFigures;
import org.onlinelives.casedata.figures.DisclosureSettings;
import org.onlinelives.casedata.figures.FigureFilter;
import org.onlinelives.casedata.figures.PartnershipTable;
import org.onlinelives.casedata.figures.ReleasedFigures;
import org.onlinelives.casedata.returns.PartnershipPeriods;
import org.onlinelives.casedata.returns.ReturnPeriod;
import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.disclosure.DisclosurePolicy;
import org.onlinelives.platform.disclosure.ProtectedCell;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The partnership's figures of one return period as CSV and XLSX: every breakdown, under
 * the export threshold (PRODUCT.md §6).
 */
@Controller
@PreAuthorize("hasAnyRole('PARTNERSHIP_ADMIN', 'ANALYST')")
class PartnershipExportsController {

	private final CaseFigures figures;

	private final DisclosureSettings settings;

	private final PartnershipPeriods periods;

	private final AccessLog accessLog;

	private final MessageSource messages;

	PartnershipExportsController(CaseFigures figures, DisclosureSettings settings, PartnershipPeriods periods,
			AccessLog accessLog, MessageSource messages) {
		this.figures = figures;
		this.settings = settings;
		this.periods = periods;
		this.accessLog = accessLog;
		this.messages = messages;
	}

	@GetMapping("/case-data/partnership/export.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "period", required = false) String period) {
		byte[] body = CaseDataExports.csv(rows(user, exportPeriod(user, period)));
		this.accessLog.record(user, AccessEvent.EXPORTED, "case data", user.partnershipId(), "partnership figures CSV");
		return CaseDataExports.download(body, "text/csv;charset=UTF-8", "partnership-case-data.csv");
	}

	@GetMapping("/case-data/partnership/export.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "period", required = false) String period) {
		byte[] body = CaseDataExports.xlsx("Partnership case data", rows(user, exportPeriod(user, period)));
		this.accessLog.record(user, AccessEvent.EXPORTED, "case data", user.partnershipId(),
				"partnership figures XLSX");
		return CaseDataExports.download(body, CaseDataExports.XLSX, "partnership-case-data.xlsx");
	}

	/** The latest period if none is named; an unknown period is a bad request. */
	private ReturnPeriod exportPeriod(SignedInUser user, String key) {
		if (key == null || key.isBlank()) {
			return this.periods.periods(user).stream().findFirst().orElseThrow(BadFilterException::new);
		}
		return this.periods.period(user, key).orElseThrow(BadFilterException::new);
	}

	/** Every breakdown at the export threshold, one row per agency and category. */
	private List<List<Object>> rows(SignedInUser user, ReturnPeriod period) {
		DisclosurePolicy policy = this.settings.exports();
		ReleasedFigures released = this.periods.released(user, period);
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of("From", "To", "Cases", "Breakdown", "Agency", "Category", "Cases counted"));
		String withheld = "[suppressed: fewer than " + policy.threshold() + " or protecting such a figure]";
		for (Breakdown breakdown : Breakdown.values()) {
			PartnershipTable table = this.figures.partnership(user, breakdown,
					FigureFilter.onlineCases(period.first(), period.last()), policy, policy, released);
			if (table.isEmpty()) {
				continue;
			}
			List<String> agencies = new ArrayList<>(table.agencies());
			agencies.add(message("casedata.allAgencies"));
			for (int r = 0; r <= table.agencies().size(); r++) {
				for (int c = 0; c <= table.categories().size(); c++) {
					ProtectedCell cell = table.table().figure(r, c);
					String category = (c < table.categories().size()) ? table.categories().get(c).label() : "Total";
					rows.add(Arrays.asList(period.first().toString(), period.last().toString(),
							"With an online component", message("casedata.breakdown." + breakdown.name()),
							agencies.get(r), category, cell.suppressed() ? withheld : cell.value()));
				}
			}
		}
		return rows;
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

}
