package org.onlinelives.selfaudit.web;

import java.util.List;
import java.util.Optional;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditCycle;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The partnership view for administrators and analysts (heat map, averages, spread, who
 * has not submitted), and an agency's comparison with its earlier cycles and the
 * partnership.
 */
@Controller
class PartnershipResultsController {

	private final SelfAudits selfAudits;

	private final PartnershipResultsPages results;

	private final AuditViews views;

	private final AccessLog accessLog;

	PartnershipResultsController(SelfAudits selfAudits, PartnershipResultsPages results, AuditViews views,
			AccessLog accessLog) {
		this.selfAudits = selfAudits;
		this.results = results;
		this.views = views;
		this.accessLog = accessLog;
	}

	@GetMapping("/audit-results")
	@PreAuthorize("hasAnyRole('PARTNERSHIP_ADMIN', 'ANALYST')")
	String partnership(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "cycle", required = false) String cycleParam, Model model) {
		List<AuditCycle> cycles = this.selfAudits.cycles(user);
		model.addAttribute("cycles", cycles);
		Optional<AuditCycle> chosen = chosen(cycles, cycleParam);
		if (chosen.isEmpty()) {
			return "selfaudit/partnership";
		}
		AuditCycle cycle = chosen.get();
		model.addAttribute("cycle", cycle);
		PartnershipResultsPages.CyclePage page = this.results.page(user, cycle);
		model.addAttribute("results", page.results());
		model.addAttribute("notSubmitted", page.notSubmitted());
		model.addAttribute("pseudonymised", !this.results.seesAgencyNames(user));
		return "selfaudit/partnership";
	}

	@GetMapping("/audit-results/export.csv")
	@PreAuthorize("hasAnyRole('PARTNERSHIP_ADMIN', 'ANALYST')")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal SignedInUser user, @RequestParam("cycle") String cycleParam) {
		AuditCycle cycle = exportable(user, cycleParam);
		byte[] body = ResultsExports.csv(cycle.getName(), this.results.of(user, cycle));
		this.accessLog.record(user, AccessEvent.EXPORTED, "audit-cycle", cycle.getId(), "partnership results CSV");
		return download(body, "text/csv;charset=UTF-8", ResultsExports.fileName(cycle.getName(), "csv"));
	}

	@GetMapping("/audit-results/export.xlsx")
	@PreAuthorize("hasAnyRole('PARTNERSHIP_ADMIN', 'ANALYST')")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal SignedInUser user, @RequestParam("cycle") String cycleParam) {
		AuditCycle cycle = exportable(user, cycleParam);
		byte[] body = ResultsExports.xlsx(cycle.getName(), this.results.of(user, cycle));
		this.accessLog.record(user, AccessEvent.EXPORTED, "audit-cycle", cycle.getId(), "partnership results XLSX");
		return download(body, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				ResultsExports.fileName(cycle.getName(), "xlsx"));
	}

	private AuditCycle exportable(SignedInUser user, String cycleParam) {
		return chosen(this.selfAudits.cycles(user), cycleParam)
			.orElseThrow(() -> new RecordNotFoundException("audit-cycle", cycleParam));
	}

	private static ResponseEntity<byte[]> download(byte[] body, String type, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	@GetMapping("/audits/{id}/comparison")
	@PreAuthorize("hasAnyRole('AGENCY_LEAD', 'PRACTITIONER', 'QA_REVIEWER', 'PARTNERSHIP_ADMIN')")
	String comparison(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		Audit audit = this.selfAudits.viewable(user, id);
		model.addAttribute("view", this.views.of(audit));
		model.addAttribute("columns", this.results.comparison(audit));
		model.addAttribute("partnership", this.results.of(user, this.selfAudits.cycleOf(audit)));
		return "selfaudit/comparison";
	}

	private static Optional<AuditCycle> chosen(List<AuditCycle> cycles, String cycleParam) {
		if (cycleParam != null && !cycleParam.isBlank()) {
			return cycles.stream().filter((cycle) -> cycle.getId().toString().equals(cycleParam.strip())).findFirst();
		}
		return cycles.stream().findFirst();
	}

}
