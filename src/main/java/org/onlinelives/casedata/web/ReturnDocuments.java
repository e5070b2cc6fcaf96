package org.onlinelives.casedata.web;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onlinelives.casedata.returns.DataReturn;
import org.onlinelives.casedata.returns.ReturnFigure;
import org.onlinelives.platform.web.PdfRenderer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A submitted return as rows for CSV and XLSX, and as a tagged PDF. Only the figures as
 * submitted (already under disclosure control) are written.
 */
@Component
class ReturnDocuments {

	private final PdfRenderer pdf;

	private final MessageSource messages;

	ReturnDocuments(PdfRenderer pdf, MessageSource messages) {
		this.pdf = pdf;
		this.messages = messages;
	}

	List<List<Object>> rows(DataReturn dataReturn, String agency) {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of("Agency", "Period from", "Period to", "Version", "Submitted at (UTC)", "Breakdown", "Category",
				"Cases counted"));
		String withheld = message("returns.export.withheld", dataReturn.getThreshold());
		for (ReturnFigure figure : dataReturn.getFigures()) {
			rows.add(Arrays.asList(agency, dataReturn.getPeriodStart().toString(), dataReturn.getPeriodEnd().toString(),
					dataReturn.getReturnVersion(), dataReturn.getSubmittedAt().atOffset(ZoneOffset.UTC).toString(),
					message("casedata.breakdown." + figure.breakdown()), figure.categoryLabel(),
					figure.withheld() ? withheld : figure.shownCount()));
		}
		return rows;
	}

	byte[] pdf(DataReturn dataReturn, String agency) {
		Map<String, Object> model = new HashMap<>();
		model.put("dataReturn", dataReturn);
		model.put("agency", agency);
		model.put("sections", ReturnSection.of(dataReturn.byBreakdown()));
		return this.pdf.renderTagged("casedata/return-pdf", model, Locale.UK);
	}

	static String filename(DataReturn dataReturn, String extension) {
		return "data-return-" + dataReturn.getAgencyId() + "-" + dataReturn.getFirstMonth() + "-v"
				+ dataReturn.getReturnVersion() + "." + extension;
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

}
