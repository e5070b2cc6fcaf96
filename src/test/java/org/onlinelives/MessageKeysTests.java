package org.onlinelives;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.rules.BullyingRole;
import org.onlinelives.assessment.rules.Concern;
import org.onlinelives.assessment.rules.FlagCode;
import org.onlinelives.assessment.rules.GroomingIndicator;
import org.onlinelives.assessment.rules.ThresholdLevel;
import org.onlinelives.families.Audience;
import org.onlinelives.families.HelpTopic;
import org.onlinelives.families.Reach;
import org.onlinelives.families.ServiceKind;
import org.onlinelives.families.directory.DirectoryFilter;
import org.onlinelives.families.directory.ReviewStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key a page, a flash message or a validation error uses exists, so no page
 * shows {@code ??key_en_GB??}. Literal keys are read from every template and Java source;
 * keys built from an enum (e.g. {@code concern.} + code) are checked for every value.
 */
class MessageKeysTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path SOURCES = Path.of("src/main/java");

	/** {@code #{key}} and {@code #{key(args)}} with a literal key. */
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");

	/**
	 * Keys passed to flash attributes, reject, rejectValue and Bean Validation messages.
	 */
	private static final List<Pattern> JAVA_KEYS = List.of(
			Pattern.compile("addFlashAttribute\\(\"[a-zA-Z]+\",\\s*\"([A-Za-z][A-Za-z0-9_.]*)\""),
			Pattern.compile("\\breject\\(\"([A-Za-z][A-Za-z0-9_.]*)\""),
			Pattern.compile("rejectValue\\(\"[A-Za-z0-9_.]+\",\\s*\"([A-Za-z][A-Za-z0-9_.]*)\""),
			Pattern.compile("message\\s*=\\s*\"\\{([A-Za-z][A-Za-z0-9_.]*)}\""),
			Pattern.compile("new Link\\(\"[^\"]*\",\\s*\"([A-Za-z][A-Za-z0-9_.]*)\""));

	/**
	 * Every messages file the application is configured to read, so a new module's file
	 * counts.
	 */
	private final Properties messages = load(configuredMessageFiles());

	@Test
	void everyLiteralKeyInATemplateExists() throws IOException {
		Set<String> missing = new TreeSet<>();
		for (Path template : files(TEMPLATES, ".html")) {
			Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
			while (matcher.find()) {
				if (!this.messages.containsKey(matcher.group(1))) {
					missing.add(matcher.group(1) + " in " + TEMPLATES.relativize(template));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyInJavaSourcesExists() throws IOException {
		Set<String> missing = new TreeSet<>();
		for (Path source : files(SOURCES, ".java")) {
			String text = Files.readString(source, StandardCharsets.UTF_8);
			for (Pattern pattern : JAVA_KEYS) {
				Matcher matcher = pattern.matcher(text);
				while (matcher.find()) {
					if (!this.messages.containsKey(matcher.group(1))) {
						missing.add(matcher.group(1) + " in " + source.getFileName());
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void theCompletionBannerHasItsMessage() {
		assertThat(this.messages.getProperty("assessment.completed")).isNotBlank();
	}

	@Test
	void everyKeyBuiltFromAnEnumExists() {
		List<String> keys = new ArrayList<>();
		Stream.of(Concern.values()).forEach((value) -> keys.add("concern." + value));
		Stream.of(GroomingIndicator.values()).forEach((value) -> keys.add("grooming." + value));
		Stream.of(ThresholdLevel.values()).forEach((value) -> keys.add("threshold." + value));
		keys.add("threshold.NOT_DECIDED");
		Stream.of(BullyingRole.values()).forEach((value) -> keys.add("bullying." + value));
		Stream.of(FlagCode.values()).forEach((value) -> keys.add("flag." + value));
		Stream.of(ServiceKind.values()).forEach((value) -> keys.add("directory.kind." + value));
		Stream.of(Audience.values()).forEach((value) -> keys.add("directory.audience." + value));
		Stream.of(Audience.values()).forEach((value) -> keys.add("directory.audience.inList." + value));
		Stream.of(HelpTopic.values()).forEach((value) -> keys.add("directory.topic." + value));
		Stream.of(Reach.values()).forEach((value) -> keys.add("directory.reach." + value));
		Stream.of(ReviewStatus.values()).forEach((value) -> keys.add(value.messageKey()));
		Stream.of(DirectoryFilter.Review.values()).forEach((value) -> keys.add("directory.filter.review." + value));
		assertThat(keys).allSatisfy((key) -> assertThat(this.messages).containsKey(key));
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter((path) -> path.toString().endsWith(suffix)).toList();
		}
	}

	private static String[] configuredMessageFiles() {
		Properties application = new Properties();
		try (InputStream in = MessageKeysTests.class.getClassLoader().getResourceAsStream("application.properties")) {
			application.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return java.util.Arrays.stream(application.getProperty("spring.messages.basename").split(","))
			.map((name) -> name.strip() + ".properties")
			.toArray(String[]::new);
	}

	private static Properties load(String... names) {
		Properties properties = new Properties();
		for (String name : names) {
			try (InputStream in = MessageKeysTests.class.getClassLoader().getResourceAsStream(name)) {
				assertThat(in).as(name).isNotNull();
				properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return properties;
	}

}
