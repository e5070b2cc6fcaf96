package org.onlinelives.selfaudit.web;

import java.util.HashMap;
import java.util.Map;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditAccess;
import org.onlinelives.selfaudit.audit.RagSettings;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.selfaudit.results.AuditResults;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An audit's results: totals, bands, strongest and weakest statements, charts. */
@Controller
class ResultsController {

	private final SelfAudits selfAudits;

	private final AuditViews views;

	private final RagSettings ragSettings;

	private final AccessLog accessLog;

	ResultsController(SelfAudits selfAudits, AuditViews views, RagSettings ragSettings, AccessLog accessLog) {
		this.selfAudits = selfAudits;
		this.views = views;
		this.ragSettings = ragSettings;
		this.accessLog = accessLog;
	}

	@GetMapping("/audits/{id}/results")
	@PreAuthorize("hasAnyRole('AGENCY_LEAD', 'PRACTITIONER', 'QA_REVIEWER', 'PARTNERSHIP_ADMIN')")
	String results(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		Audit audit = this.selfAudits.viewable(user, id);
		AuditView view = this.views.of(audit);
		model.addAttribute("view", view);
		model.addAttribute("results", results(view, this.ragSettings.bandsFor(audit.getPartnershipId())));
		model.addAttribute("lead", AuditAccess.isAgencyLead(user, audit));
		this.accessLog.record(user, AccessEvent.RECORD_VIEWED, "audit", audit.getId(), "results");
		return "selfaudit/results";
	}

	static AuditResults results(AuditView view, org.onlinelives.selfaudit.scoring.RagBands bands) {
		Map<String, Integer> scores = new HashMap<>();
		view.statements().forEach((number, statement) -> scores.put(number, statement.getScore()));
		return AuditResults.of(view.framework(), scores, bands);
	}

}
