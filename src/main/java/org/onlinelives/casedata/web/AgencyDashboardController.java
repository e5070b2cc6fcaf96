package org.onlinelives.casedata.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.onlinelives.assessment.CaseDataQuery;
import org.onlinelives.casedata.figures.Breakdown;
import org.onlinelives.casedata.figures.CaseFigures;
import org.onlinelives.casedata.figures.EmergingPlatformFigures;
import org.onlinelives.casedata.figures.FigureFilter;
import org.onlinelives.casedata.figures.Figures;
import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * An agency lead's dashboard of the agency's own cases, unsuppressed (PRODUCT.md §5).
 */
@Controller
@PreAuthorize("hasRole('AGENCY_LEAD')")
class AgencyDashboardController {

	private final CaseFigures figures;

	private final CaseDataQuery cases;

	private final AccessLog accessLog;

	private final MessageSource messages;

	private final Clock clock;

	private final EmergingPlatformFigures emerging;

	AgencyDashboardController(CaseFigures figures, CaseDataQuery cases, AccessLog accessLog, MessageSource messages,
			Clock clock, EmergingPlatformFigures emerging) {
		this.emerging = emerging;
		this.figures = figures;
		this.cases = cases;
		this.accessLog = accessLog;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/case-data")
	String dashboard(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("filter") FilterForm filter,
			BindingResult result, Model model) {
		requireAgency(user);
		Optional<FigureFilter> chosen = filter.validate(result, YearMonth.now(this.clock), this.cases.genderCodes());
		if (chosen.isPresent()) {
			List<DashboardSection> sections = new ArrayList<>();
			for (Figures found : this.figures.ownAgency(user, chosen.get()).values()) {
				sections.add(DashboardSection.of(found, user.agencyId(), message("casedata.withheld")));
			}
			model.addAttribute("sections", sections);
			model.addAttribute("promptTimes", this.figures.urgentPromptTimes(user, chosen.get()));
			model.addAttribute("emerging", this.emerging.ownAgency(user, chosen.get().to()));
			model.addAttribute("chosen", chosen.get());
			model.addAttribute("query", query(chosen.get()));
			showChosen(model, chosen.get());
			this.accessLog.record(user, AccessEvent.RECORD_VIEWED, "case data", user.agencyId(), "agency dashboard");
		}
		return "casedata/dashboard";
	}

	@GetMapping("/case-data/export.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal SignedInUser user,
			@ModelAttribute("filter") FilterForm filter) {
		FigureFilter chosen = exportFilter(user, filter);
		byte[] body = CaseDataExports.csv(rows(user, chosen));
		this.accessLog.record(user, AccessEvent.EXPORTED, "case data", user.agencyId(), "agency figures CSV");
		return CaseDataExports.download(body, "text/csv;charset=UTF-8", "case-data-" + user.agencyId() + ".csv");
	}

	@GetMapping("/case-data/export.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal SignedInUser user,
			@ModelAttribute("filter") FilterForm filter) {
		FigureFilter chosen = exportFilter(user, filter);
		byte[] body = CaseDataExports.xlsx("Case data", rows(user, chosen));
		this.accessLog.record(user, AccessEvent.EXPORTED, "case data", user.agencyId(), "agency figures XLSX");
		return CaseDataExports.download(body, CaseDataExports.XLSX, "case-data-" + user.agencyId() + ".xlsx");
	}

	private FigureFilter exportFilter(SignedInUser user, FilterForm filter) {
		requireAgency(user);
		BindingResult errors = new BeanPropertyBindingResult(filter, "filter");
		return filter.validate(errors, YearMonth.now(this.clock), this.cases.genderCodes())
			.orElseThrow(() -> new BadFilterException());
	}

	private List<List<Object>> rows(SignedInUser user, FigureFilter chosen) {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of("From", "To", "Cases", "Breakdown", "Category", "Cases counted"));
		for (Figures found : this.figures.ownAgency(user, chosen).values()) {
			Breakdown breakdown = found.breakdown();
			long[] counts = found.countsOf(user.agencyId());
			for (int i = 0; i < counts.length; i++) {
				rows.add(List.of(chosen.from().toString(), chosen.to().toString(),
						chosen.onlineOnly() ? "With an online component" : "All counted cases",
						message("casedata.breakdown." + breakdown.name()), found.categories().get(i).label(),
						counts[i]));
			}
		}
		return rows;
	}

	/** Shows the filter as applied, defaults filled in. */
	static void showChosen(Model model, FigureFilter chosen) {
		FilterForm shown = FilterForm.of(chosen);
		model.addAttribute("filter", shown);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "filter", new BeanPropertyBindingResult(shown, "filter"));
	}

	static String query(FigureFilter filter) {
		return "fromMonth=" + filter.from().getMonthValue() + "&fromYear=" + filter.from().getYear() + "&toMonth="
				+ filter.to().getMonthValue() + "&toYear=" + filter.to().getYear() + "&ageBand="
				+ ((filter.ageBand() != null) ? filter.ageBand() : "") + "&gender="
				+ ((filter.gender() != null) ? filter.gender() : "") + "&cases="
				+ (filter.onlineOnly() ? "online" : "all");
	}

	private static void requireAgency(SignedInUser user) {
		if (!CaseFigures.mayReadOwnAgency(user)) {
			throw new AccessDeniedException("An agency lead of an agency reads its figures");
		}
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

}
