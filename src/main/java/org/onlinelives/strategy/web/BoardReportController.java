package org.onlinelives.strategy.web;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.strategy.report.BoardReport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The partnership's board report as a PDF, for its administrators. */
@Controller
class BoardReportController {

	private final BoardReport report;

	BoardReportController(BoardReport report) {
		this.report = report;
	}

	@GetMapping("/plan/board-report.pdf")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SignedInUser admin) {
		byte[] body = this.report.pdfFor(admin);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("online-safety-board-report.pdf").build().toString())
			.body(body);
	}

}
