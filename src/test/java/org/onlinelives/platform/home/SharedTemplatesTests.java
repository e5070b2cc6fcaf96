package org.onlinelives.platform.home;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's shared templates (the home page, the layout and its fragments) know no
 * module's pages: modules add links, panels and fragments through the contribution
 * interfaces in platform.web.
 */
class SharedTemplatesTests {

	private static final List<String> MODULE_PATHS = List.of("/young-people", "/audit", "/case-data", "/case-studies",
			"/youth-survey", "/surveys", "/training", "/bulletins", "/help-directory", "/strategy", "/retention",
			"/api/v1");

	@Test
	void sharedTemplatesNameNoModulesPages() throws IOException {
		try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/main/resources/templates/home")),
				Files.list(Path.of("src/main/resources/templates/fragments")))) {
			List<Path> templates = files.filter((file) -> file.toString().endsWith(".html")).toList();
			assertThat(templates).hasSizeGreaterThan(4);
			for (Path template : templates) {
				String text = Files.readString(template);
				assertThat(MODULE_PATHS).as(template.toString()).noneMatch(text::contains);
			}
		}
	}

}
