package org.onlinelives.survey.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.onlinelives.platform.web.SelectOption;
import org.onlinelives.survey.design.PublishedSurvey;
import org.onlinelives.survey.design.Survey;
import org.onlinelives.survey.design.SurveyDesign;
import org.onlinelives.survey.imports.ColumnMapping;
import org.onlinelives.survey.imports.ImportFileException;
import org.onlinelives.survey.imports.ImportFiles;
import org.onlinelives.survey.imports.ImportJob;
import org.onlinelives.survey.imports.ImportTable;
import org.onlinelives.survey.imports.SurveyImports;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;

/**
 * Partnership administrators load an earlier year's responses into a published survey:
 * upload a CSV or XLSX file, say which question each column answers, then follow the
 * import on {@link ImportStatusController}'s page.
 */
@Controller
@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
class ImportController {

	private final SurveyDesign design;

	private final SurveyImports imports;

	ImportController(SurveyDesign design, SurveyImports imports) {
		this.design = design;
		this.imports = imports;
	}

	@GetMapping("/surveys/{id}/import")
	String upload(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, Model model) {
		model.addAttribute("survey", published(admin, id));
		ImportUploadForm form = ImportUploadForm.empty();
		model.addAttribute("form", form);
		if (model.getAttribute(ImportUploadTooBig.FLASH) instanceof String refused) {
			// a file over the server's limit, sent back here by ImportUploadTooBig
			BindingResult result = new BeanPropertyBindingResult(form, "form");
			result.rejectValue("file", refused);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
		}
		return uploadPage(model);
	}

	@PostMapping("/surveys/{id}/import")
	String uploaded(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
			@ModelAttribute("form") ImportUploadForm form, BindingResult result, Model model) {
		PublishedSurvey survey = published(admin, id);
		model.addAttribute("survey", survey);
		MultipartFile file = form.file();
		if (file == null || file.isEmpty()) {
			result.rejectValue("file", "survey.import.file.empty");
			return uploadPage(model);
		}
		ImportTable table;
		try (InputStream content = file.getInputStream()) {
			table = ImportFiles.read(file.getOriginalFilename(), file.getSize(), content);
		}
		catch (ImportFileException refused) {
			result.rejectValue("file", refused.messageKey(), refused.arguments(), null);
			return uploadPage(model);
		}
		catch (IOException unreadable) {
			result.rejectValue("file", "survey.import.file.unreadable");
			return uploadPage(model);
		}
		UUID key = this.imports.keep(admin, id, table);
		return "redirect:/surveys/" + id + "/import/" + key;
	}

	@GetMapping("/surveys/{id}/import/{upload}")
	String mapping(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, @PathVariable UUID upload,
			Model model) {
		PublishedSurvey survey = published(admin, id);
		ImportTable table = table(admin, id, upload);
		model.addAttribute("form", ImportMappingForm.of(ColumnMapping.suggest(table.header(), survey)));
		model.addAttribute("upload", upload);
		return mappingPage(survey, table, model);
	}

	@PostMapping("/surveys/{id}/import/{upload}")
	String start(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, @PathVariable UUID upload,
			@ModelAttribute("form") ImportMappingForm form, BindingResult result, Model model) {
		PublishedSurvey survey = published(admin, id);
		ImportTable table = table(admin, id, upload);
		model.addAttribute("upload", upload);
		ColumnMapping mapping = form.mapping(table.header().size());
		var problem = mapping.problem(survey);
		if (problem.isPresent()) {
			result.rejectValue("columns[" + problem.get().column() + "]", problem.get().messageKey());
			return mappingPage(survey, table, model);
		}
		try {
			ImportJob job = this.imports.start(admin, survey, upload, mapping);
			return "redirect:/surveys/" + id + "/imports/" + job.id();
		}
		catch (ImportFileException busy) {
			result.reject(busy.messageKey());
			return mappingPage(survey, table, model);
		}
	}

	private PublishedSurvey published(SignedInUser admin, long id) {
		Survey survey = this.design.survey(admin, id);
		if (!survey.isPublished()) {
			throw new RecordNotFoundException("published survey", id);
		}
		return this.design.published(survey);
	}

	private ImportTable table(SignedInUser admin, long id, UUID upload) {
		return this.imports.upload(admin, id, upload)
			.orElseThrow(() -> new RecordNotFoundException("survey import upload", upload));
	}

	private String uploadPage(Model model) {
		model.addAttribute("maxRows", ImportFiles.MAX_ROWS);
		return "survey/import-upload";
	}

	private String mappingPage(PublishedSurvey survey, ImportTable table, Model model) {
		List<SelectOption> questions = survey.questions()
			.stream()
			.map((question) -> new SelectOption(question.code(), question.code() + ": " + question.text()))
			.toList();
		List<MappingRow> rows = new ArrayList<>();
		for (int i = 0; i < table.header().size(); i++) {
			String heading = table.header().get(i);
			String example = table.rows().get(0).size() > i ? table.rows().get(0).get(i) : "";
			rows.add(new MappingRow("columns[" + i + "]", heading.isBlank() ? "(" + (i + 1) + ")" : heading, example));
		}
		model.addAttribute("survey", survey);
		model.addAttribute("table", table);
		model.addAttribute("rows", rows);
		model.addAttribute("questions", questions);
		return "survey/import-mapping";
	}

	/** A column of the file as the mapping page shows it. */
	record MappingRow(String field, String heading, String example) {
	}

}
