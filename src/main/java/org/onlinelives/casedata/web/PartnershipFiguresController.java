package org.onlinelives.casedata.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.onlinelives.assessment.CaseDataQuery;
import org.onlinelives.casedata.facts.CaseFactRebuild;
import org.onlinelives.casedata.figures.Breakdown;
import org.onlinelives.casedata.figures.CaseFigures;
import org.onlinelives.casedata.figures.EmergingPlatformFigures;
import org.onlinelives.casedata.figures.FigureFilter;
import org.onlinelives.casedata.figures.PartnershipTable;
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
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Partnership figures for administrators and analysts: every agency's counts, after
 * disclosure control (PRODUCT.md §6).
 */
@Controller
@PreAuthorize("hasAnyRole('PARTNERSHIP_ADMIN', 'ANALYST')")
class PartnershipFiguresController {

	private final CaseFigures figures;

	private final CaseFactRebuild rebuild;

	private final CaseDataQuery cases;

	private final DisclosureSettings settings;

	private final AccessLog accessLog;

	private final MessageSource messages;

	private final Clock clock;

	private final EmergingPlatformFigures emerging;

	PartnershipFiguresController(CaseFigures figures, CaseFactRebuild rebuild, CaseDataQuery cases,
			DisclosureSettings settings, AccessLog accessLog, MessageSource messages, Clock clock,
			EmergingPlatformFigures emerging) {
		this.emerging = emerging;
		this.figures = figures;
		this.rebuild = rebuild;
		this.cases = cases;
		this.settings = settings;
		this.accessLog = accessLog;
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute("breakdowns")
	List<Breakdown> breakdowns() {
		return List.of(Breakdown.values());
	}

	@GetMapping("/case-data/partnership")
	String figures(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("filter") FilterForm filter,
			BindingResult result, @RequestParam(name = "breakdown", required = false) String breakdownParam,
			Model model) {
		Breakdown breakdown = breakdown(breakdownParam);
		model.addAttribute("breakdown", breakdown);
		model.addAttribute("threshold", this.settings.pages().threshold());
		model.addAttribute("exportThreshold", this.settings.exports().threshold());
		model.addAttribute("rounded", this.settings.pages().roundToFive());
		model.addAttribute("mayRebuild", user.hasRole(org.onlinelives.platform.people.Role.PARTNERSHIP_ADMIN));
		Optional<FigureFilter> chosen = filter.validate(result, YearMonth.now(this.clock), this.cases.genderCodes());
		if (chosen.isPresent()) {
			PartnershipTable table = this.figures.partnership(user, breakdown, chosen.get(), this.settings.pages());
			model.addAttribute("section", PartnershipSection.of(table, message("casedata.withheld")));
			model.addAttribute("emerging", this.emerging.partnership(user, chosen.get().to(), this.settings.pages()));
			model.addAttribute("query", AgencyDashboardController.query(chosen.get()));
			AgencyDashboardController.showChosen(model, chosen.get());
			this.accessLog.record(user, AccessEvent.RECORD_VIEWED, "case data", user.partnershipId(),
					"partnership figures by " + breakdown.slug());
		}
		return "casedata/partnership";
	}

	@GetMapping("/case-data/partnership/export.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal SignedInUser user,
			@ModelAttribute("filter") FilterForm filter) {
		byte[] body = CaseDataExports.csv(rows(user, exportFilter(filter)));
		this.accessLog.record(user, AccessEvent.EXPORTED, "case data", user.partnershipId(), "partnership figures CSV");
		return CaseDataExports.download(body, "text/csv;charset=UTF-8", "partnership-case-data.csv");
	}

	@GetMapping("/case-data/partnership/export.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal SignedInUser user,
			@ModelAttribute("filter") FilterForm filter) {
		byte[] body = CaseDataExports.xlsx("Partnership case data", rows(user, exportFilter(filter)));
		this.accessLog.record(user, AccessEvent.EXPORTED, "case data", user.partnershipId(),
				"partnership figures XLSX");
		return CaseDataExports.download(body, CaseDataExports.XLSX, "partnership-case-data.xlsx");
	}

	@PostMapping("/case-data/rebuild")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String rebuild(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		int kept = this.rebuild.rebuild(user);
		redirect.addFlashAttribute("rebuilt", kept);
		return "redirect:/case-data/partnership";
	}

	private FigureFilter exportFilter(FilterForm filter) {
		BindingResult errors = new BeanPropertyBindingResult(filter, "filter");
		return filter.validate(errors, YearMonth.now(this.clock), this.cases.genderCodes())
			.orElseThrow(BadFilterException::new);
	}

	/** Every breakdown at the export threshold, one row per agency and category. */
	private List<List<Object>> rows(SignedInUser user, FigureFilter chosen) {
		DisclosurePolicy policy = this.settings.exports();
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of("From", "To", "Cases", "Breakdown", "Agency", "Category", "Cases counted"));
		String withheld = "[suppressed: fewer than " + policy.threshold() + " or protecting such a figure]";
		for (Breakdown breakdown : Breakdown.values()) {
			PartnershipTable table = this.figures.partnership(user, breakdown, chosen, policy);
			if (table.isEmpty()) {
				continue;
			}
			List<String> agencies = new ArrayList<>(table.agencies());
			agencies.add("All agencies");
			for (int r = 0; r <= table.agencies().size(); r++) {
				for (int c = 0; c <= table.categories().size(); c++) {
					ProtectedCell cell = figure(table, r, c);
					String category = (c < table.categories().size()) ? table.categories().get(c).label() : "Total";
					rows.add(Arrays.asList(chosen.from().toString(), chosen.to().toString(),
							chosen.onlineOnly() ? "With an online component" : "All counted cases",
							message("casedata.breakdown." + breakdown.name()), agencies.get(r), category,
							cell.suppressed() ? withheld : cell.value()));
				}
			}
		}
		return rows;
	}

	private static ProtectedCell figure(PartnershipTable table, int r, int c) {
		int rows = table.agencies().size();
		int columns = table.categories().size();
		if (r == rows && c == columns) {
			return table.table().grandTotal();
		}
		if (r == rows) {
			return table.table().columnTotals().get(c);
		}
		if (c == columns) {
			return table.table().rowTotals().get(r);
		}
		return table.table().cell(r, c);
	}

	private static Breakdown breakdown(String param) {
		if (param != null) {
			for (Breakdown breakdown : Breakdown.values()) {
				if (breakdown.slug().equals(param)) {
					return breakdown;
				}
			}
		}
		return Breakdown.MONTH;
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

}
