package org.onlinelives;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits that keep the web layer easy to read (CONTRIBUTING.md): a controller that grows
 * past 200 lines is doing a service's work or serving two pages' worth of routes, and a
 * private method that needs more than five arguments wants a form or a value object.
 */
class CodeSizeTests {

	private static final int MOST_CONTROLLER_LINES = 200;

	private static final int MOST_PRIVATE_PARAMETERS = 5;

	@Test
	void noControllerIsLongerThan200Lines() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			List<String> tooLong = files.filter((file) -> file.getFileName().toString().endsWith("Controller.java"))
				.filter((file) -> lines(file) > MOST_CONTROLLER_LINES)
				.map((file) -> file + " (" + lines(file) + " lines)")
				.toList();
			assertThat(tooLong).isEmpty();
		}
	}

	@Test
	void noPrivateMethodInWebCodeTakesMoreThanFiveArguments() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.onlinelives");
		methods().that()
			.areDeclaredInClassesThat()
			.resideInAPackage("..web..")
			.and()
			.haveModifier(JavaModifier.PRIVATE)
			.should(takeAtMost(MOST_PRIVATE_PARAMETERS))
			.check(classes);
	}

	private static ArchCondition<JavaMethod> takeAtMost(int parameters) {
		return new ArchCondition<>("take at most " + parameters + " arguments") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				// the compiler's synthetic lambda methods carry captured variables as
				// arguments: not something a reader sees
				boolean tooMany = !method.getModifiers().contains(JavaModifier.SYNTHETIC)
						&& method.getRawParameterTypes().size() > parameters;
				events.add(new SimpleConditionEvent(method, !tooMany,
						method.getFullName() + " takes " + method.getRawParameterTypes().size() + " arguments"));
			}
		};
	}

	private static long lines(Path file) {
		try (Stream<String> lines = Files.lines(file)) {
			return lines.count();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
