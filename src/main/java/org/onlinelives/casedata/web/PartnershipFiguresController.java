package org.onlinelives.casedata.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.onlinelives.assessment.CaseDataQuery;
import org.onlinelives.casedata.facts.CaseFactRebuild;
import org.onlinelives.casedata.figures.Breakdown;
import org.onlinelives.casedata.figures.CaseFigures;
import org.onlinelives.casedata.figures.DisclosureSettings;
import org.onlinelives.casedata.figures.EmergingPlatformFigures;
import org.onlinelives.casedata.figures.EmergingPlatforms;
import org.onlinelives.casedata.figures.FigureFilter;
import org.onlinelives.casedata.figures.PartnershipTable;
import org.onlinelives.casedata.returns.PartnershipPeriods;
import org.onlinelives.casedata.returns.ReturnPeriod;
import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.SelectOption;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private final CaseFigures figures;

	private final CaseFactRebuild rebuild;

	private final CaseDataQuery cases;

	private final DisclosureSettings settings;

	private final AccessLog accessLog;

	private final MessageSource messages;

	private final Clock clock;

	private final EmergingPlatformFigures emerging;

	private final PartnershipPeriods periods;

	PartnershipFiguresController(CaseFigures figures, CaseFactRebuild rebuild, CaseDataQuery cases,
			DisclosureSettings settings, AccessLog accessLog, MessageSource messages, Clock clock,
			EmergingPlatformFigures emerging, PartnershipPeriods periods) {
		this.emerging = emerging;
		this.periods = periods;
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
	String figures(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("choice") PeriodChoice choice,
			BindingResult result, @RequestParam(name = "breakdown", required = false) String breakdownParam,
			Model model) {
		Breakdown breakdown = breakdown(breakdownParam);
		List<ReturnPeriod> periods = this.periods.periods(user);
		model.addAttribute("breakdown", breakdown);
		model.addAttribute("periodOptions", periods.stream().map((p) -> new SelectOption(p.key(), label(p))).toList());
		model.addAttribute("threshold", this.settings.pages().threshold());
		model.addAttribute("exportThreshold", this.settings.exports().threshold());
		model.addAttribute("rounded", this.settings.pages().roundToFive());
		model.addAttribute("mayRebuild", user.hasRole(org.onlinelives.platform.people.Role.PARTNERSHIP_ADMIN));
		Optional<ReturnPeriod> chosen = choice.validate(result, periods, this.periods.period(user, choice.period()));
		if (chosen.isPresent()) {
			ReturnPeriod period = chosen.get();
			PartnershipTable table = this.figures.partnership(user, breakdown,
					FigureFilter.onlineCases(period.first(), period.last()), this.settings.pages(),
					this.settings.exports(), this.periods.released(user, period));
			model.addAttribute("section", PartnershipSection.of(table, message("casedata.withheld")));
			if (breakdown == Breakdown.PLATFORM) {
				model.addAttribute("emerging", emerging(user, table, period, periods));
			}
			model.addAttribute("query", "period=" + period.key());
			model.addAttribute("periodLabel", label(period));
			model.addAttribute("choice", new PeriodChoice(period.key()));
			this.accessLog.record(user, AccessEvent.RECORD_VIEWED, "case data", user.partnershipId(),
					"partnership figures by " + breakdown.slug() + " for the period from " + period.key());
		}
		return "casedata/partnership";
	}

	@PostMapping("/case-data/rebuild")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String rebuild(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		int kept = this.rebuild.rebuild(user);
		redirect.addFlashAttribute("rebuilt", kept);
		return "redirect:/case-data/partnership";
	}

	/**
	 * Emerging platforms, beside the platform breakdown: from its table and the one of
	 * the period before, protected as the page protects them.
	 */
	private EmergingPlatforms emerging(SignedInUser user, PartnershipTable now, ReturnPeriod period,
			List<ReturnPeriod> periods) {
		int index = periods.indexOf(period);
		PartnershipTable before = (index >= 0 && index + 1 < periods.size()) ? platforms(user, periods.get(index + 1))
				: null;
		YearMonth current = YearMonth.now(this.clock);
		YearMonth to = period.last().isAfter(current) ? current : period.last();
		return this.emerging.partnership(user, period.first(), to, period.months(), now, before);
	}

	private PartnershipTable platforms(SignedInUser user, ReturnPeriod period) {
		return this.figures.partnership(user, Breakdown.PLATFORM,
				FigureFilter.onlineCases(period.first(), period.last()), this.settings.pages(), this.settings.exports(),
				this.periods.released(user, period));
	}

	private String label(ReturnPeriod period) {
		return message("casedata.partnership.period", period.first().format(MONTH), period.last().format(MONTH));
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
