package org.onlinelives.assessment;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Security invariants of the assessment module, as rules that fail the build.
 */
class AssessmentArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.onlinelives.assessment");

	@Test
	void webApiAndDemoReachRecordsOnlyThroughTheScopedServices() {
		noClasses().that()
			.resideInAnyPackage("..assessment.web..", "..assessment.api..", "..assessment.demo..")
			.and()
			.haveSimpleNameNotStartingWith("ApiToken")
			.should()
			.dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
				.assignableTo(org.springframework.data.repository.Repository.class)
				.and(com.tngtech.archunit.core.domain.JavaClass.Predicates
					.resideInAPackage("org.onlinelives.assessment..")))
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
			.because("case-level data is read only through YoungPeopleService and AssessmentService, "
					+ "which scope every query to the caller's agency and log every view "
					+ "(API tokens are the person's own, not case data)")
			.check(this.classes);
	}

	@Test
	void rulesAndCatalogueStayPlainJava() {
		noClasses().that()
			.resideInAnyPackage("..assessment.rules..", "..assessment.catalogue..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.onlinelives.platform..")
			.because("the rules are plain Java, unit-tested exhaustively without Spring")
			.check(this.classes);
	}

	@Test
	void nothingInTheModuleAcceptsUploadedFiles() {
		noClasses().should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.web.multipart.MultipartFile")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("jakarta.servlet.http.Part")
			.because(
					"indecent images of children must never be stored in case records: uploads are refused, never read")
			.check(this.classes);
	}

}
