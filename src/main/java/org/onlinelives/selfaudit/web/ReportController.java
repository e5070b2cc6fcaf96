package org.onlinelives.selfaudit.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.PdfRenderer;
import org.onlinelives.platform.web.UkTime;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditStatus;
import org.onlinelives.selfaudit.audit.RagSettings;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The PDF report of a signed-off audit: scores, charts, evidence, QA outcome. */
@Controller
class ReportController {

	private final SelfAudits selfAudits;

	private final AuditViews views;

	private final RagSettings ragSettings;

	private final PdfRenderer pdf;

	private final AccessLog accessLog;

	private final UkTime dates;

	private final ReportExtras extras;

	ReportController(SelfAudits selfAudits, AuditViews views, RagSettings ragSettings, PdfRenderer pdf,
			AccessLog accessLog, UkTime dates, ReportExtras extras) {
		this.selfAudits = selfAudits;
		this.views = views;
		this.ragSettings = ragSettings;
		this.pdf = pdf;
		this.accessLog = accessLog;
		this.dates = dates;
		this.extras = extras;
	}

	@GetMapping("/audits/{id}/report.pdf")
	@PreAuthorize("hasAnyRole('AGENCY_LEAD', 'PRACTITIONER', 'QA_REVIEWER', 'PARTNERSHIP_ADMIN')")
	ResponseEntity<byte[]> report(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		Audit audit = this.selfAudits.viewable(user, id);
		if (audit.getStatus() != AuditStatus.SIGNED_OFF) {
			// only a signed-off audit has a report; an earlier one has nothing final to
			// print
			throw new RecordNotFoundException("audit-report", id);
		}
		AuditView view = this.views.of(audit);
		Map<String, Object> model = new HashMap<>();
		model.put("view", view);
		model.put("results", ResultsController.results(view, this.ragSettings.bandsFor(audit.getPartnershipId())));
		model.put("dates", this.dates);
		model.put("signedOffBy", this.selfAudits.nameOf(audit, audit.getSignedOffBy()));
		this.extras.addTo(audit, model);
		byte[] bytes = this.pdf.render("selfaudit/report-pdf", model, Locale.UK);
		this.accessLog.record(user, AccessEvent.EXPORTED, "audit", audit.getId(), "PDF report");
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(ResultsExports.reportFileName(view.agencyName(), view.cycle().getName()))
						.build()
						.toString())
			.body(bytes);
	}

}
