package org.onlinelives.assessment.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Renders the printable report: the {@code assessment/report} template as XHTML, then PDF
 * with openhtmltopdf. The template links nothing outside itself.
 */
@Component
class PdfReport {

	private final ITemplateEngine templates;

	PdfReport(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(Map<String, Object> model, Locale locale) {
		String xhtml = this.templates.process("assessment/report", new Context(locale, model));
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The report could not be rendered", ex);
		}
	}

}
