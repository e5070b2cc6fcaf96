package org.onlinelives.assessment.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.onlinelives.assessment.subjectaccess.SubjectAccessRecord;
import org.onlinelives.assessment.subjectaccess.SubjectAccessService;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.PdfRenderer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A subject access request's answer: one ZIP holding a readable PDF and the same content
 * as JSON, for an agency lead to hand over. Practitioners reach the service so that
 * another agency's id gives them the same 404 as everyone else; it refuses them with 403.
 */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER', 'AGENCY_LEAD')")
class SubjectAccessController {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final SubjectAccessService subjectAccess;

	private final PdfRenderer pdf;

	SubjectAccessController(SubjectAccessService subjectAccess, PdfRenderer pdf) {
		this.subjectAccess = subjectAccess;
		this.pdf = pdf;
	}

	@GetMapping("/young-people/{id}/subject-access.zip")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Locale locale) {
		SubjectAccessRecord record = this.subjectAccess.compile(user, id);
		String name = "subject-access-" + record.caseReference().replaceAll("[^A-Za-z0-9-]", "_");
		byte[] zip = zip(name, this.pdf.renderTagged("assessment/subject-access", Map.of("record", record), locale),
				JSON.writeValueAsString(record).getBytes(StandardCharsets.UTF_8));
		this.subjectAccess.recordExport(user, record, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + ".zip").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(zip);
	}

	private static byte[] zip(String name, byte[] pdf, byte[] json) {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name + ".pdf"));
			zip.write(pdf);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(name + ".json"));
			zip.write(json);
			zip.closeEntry();
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The subject access export could not be packed", ex);
		}
	}

}
