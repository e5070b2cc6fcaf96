package org.onlinelives.selfaudit.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onlinelives.selfaudit.framework.FrameworkDocument.GuidanceDocument;
import org.onlinelives.selfaudit.framework.FrameworkDocument.ScaleDocument;
import org.onlinelives.selfaudit.framework.FrameworkDocument.SectionDocument;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the audit framework from JSON and refuses content that breaks its rules (see
 * {@link FrameworkRules}) with an {@link InvalidFrameworkException} listing every
 * problem.
 */
public final class FrameworkLoader {

	public static final String DEFAULT_LOCATION = "selfaudit/framework-v1.json";

	// Unknown fields are refused so that a misspelt field name in the content is caught,
	// not ignored.
	private final ObjectMapper mapper = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/**
	 * Loads the framework shipped with the application.
	 * @return the framework
	 */
	public AuditFramework loadDefault() {
		try (InputStream json = FrameworkLoader.class.getClassLoader().getResourceAsStream(DEFAULT_LOCATION)) {
			if (json == null) {
				throw new InvalidFrameworkException(DEFAULT_LOCATION, List.of("the file is not on the classpath"));
			}
			return load(json, DEFAULT_LOCATION);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public AuditFramework load(InputStream json, String origin) {
		try {
			return toFramework(this.mapper.readValue(json, FrameworkDocument.class), origin);
		}
		catch (JacksonException ex) {
			throw new InvalidFrameworkException(origin, ex.getOriginalMessage(), ex);
		}
	}

	public AuditFramework load(String json, String origin) {
		try {
			return toFramework(this.mapper.readValue(json, FrameworkDocument.class), origin);
		}
		catch (JacksonException ex) {
			throw new InvalidFrameworkException(origin, ex.getOriginalMessage(), ex);
		}
	}

	private AuditFramework toFramework(FrameworkDocument document, String origin) {
		if (document == null) {
			throw new InvalidFrameworkException(origin, List.of("the file is empty"));
		}
		List<String> problems = FrameworkRules.check(document);
		if (!problems.isEmpty()) {
			throw new InvalidFrameworkException(origin, problems);
		}
		Map<String, CaseExample> caseExamples = document.caseExamples()
			.stream()
			.collect(Collectors.toMap(CaseExample::id, Function.identity()));
		List<ScaleLevel> scale = document.scale().stream().map(FrameworkLoader::toScaleLevel).toList();
		List<FrameworkSection> sections = document.sections()
			.stream()
			.map((section) -> toSection(section, caseExamples))
			.toList();
		return new AuditFramework(document.version(), document.source(), scale, sections);
	}

	private static ScaleLevel toScaleLevel(ScaleDocument level) {
		return new ScaleLevel(level.score(), level.label(), level.descriptor());
	}

	private static FrameworkSection toSection(SectionDocument section, Map<String, CaseExample> caseExamples) {
		GuidanceDocument guidance = section.guidance();
		List<CaseExample> examples = guidance.caseExamples().stream().map(caseExamples::get).toList();
		return new FrameworkSection(section.number(), section.title(), section.statements(),
				new Guidance(guidance.whyItMatters(), guidance.questionsToConsider(), guidance.messagesFromEvidence(),
						guidance.sourcesOfHelp(), examples));
	}

}
