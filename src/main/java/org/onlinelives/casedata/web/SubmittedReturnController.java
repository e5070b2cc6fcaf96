package org.onlinelives.casedata.web;

import org.onlinelives.casedata.returns.DataReturn;
import org.onlinelives.casedata.returns.DataReturnService;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A submitted data return, with its other versions, and its downloads: an agency lead
 * reads the own agency's, administrators and analysts the partnership's.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENCY_LEAD', 'PARTNERSHIP_ADMIN', 'ANALYST')")
class SubmittedReturnController {

	private final DataReturnService returns;

	private final ReturnDocuments documents;

	SubmittedReturnController(DataReturnService returns, ReturnDocuments documents) {
		this.returns = returns;
		this.documents = documents;
	}

	@GetMapping("/case-data/returns/{id}")
	String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		DataReturn dataReturn = this.returns.find(user, id);
		model.addAttribute("dataReturn", dataReturn);
		model.addAttribute("agency", this.returns.agencyName(user, dataReturn.getAgencyId()));
		model.addAttribute("versions", this.returns.versionsOf(user, dataReturn));
		model.addAttribute("sections", ReturnSection.of(dataReturn.byBreakdown()));
		return "casedata/return";
	}

	@GetMapping("/case-data/returns/{id}/export.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		DataReturn dataReturn = this.returns.export(user, id, "CSV");
		byte[] body = CaseDataExports
			.csv(this.documents.rows(dataReturn, this.returns.agencyName(user, dataReturn.getAgencyId())));
		return CaseDataExports.download(body, "text/csv;charset=UTF-8", ReturnDocuments.filename(dataReturn, "csv"));
	}

	@GetMapping("/case-data/returns/{id}/export.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		DataReturn dataReturn = this.returns.export(user, id, "XLSX");
		byte[] body = CaseDataExports.xlsx("Data return",
				this.documents.rows(dataReturn, this.returns.agencyName(user, dataReturn.getAgencyId())));
		return CaseDataExports.download(body, CaseDataExports.XLSX, ReturnDocuments.filename(dataReturn, "xlsx"));
	}

	@GetMapping("/case-data/returns/{id}/export.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		DataReturn dataReturn = this.returns.export(user, id, "PDF");
		byte[] body = this.documents.pdf(dataReturn, this.returns.agencyName(user, dataReturn.getAgencyId()));
		return CaseDataExports.download(body, "application/pdf", ReturnDocuments.filename(dataReturn, "pdf"));
	}

}
