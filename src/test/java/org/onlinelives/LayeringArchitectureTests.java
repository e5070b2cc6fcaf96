package org.onlinelives;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Seams every module keeps: controllers bind, call a service and redirect; other modules
 * read platform's people and agencies through its published directories; an API never
 * leans on its module's web pages.
 */
class LayeringArchitectureTests {

	private static final String USERS = "org.onlinelives.platform.people.internal.Users";

	private static final String AGENCIES = "org.onlinelives.platform.organisation.internal.Agencies";

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.onlinelives");

	@Test
	void webCodeNeverReachesRepositoriesOrSql() {
		noClasses().that()
			.resideInAPackage("..web..")
			.or()
			.haveSimpleNameEndingWith("Controller")
			.should()
			.dependOnClassesThat(JavaClass.Predicates.assignableTo(Repository.class))
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate")
			.because("services own the queries, so each one is scoped to the caller's partnership or agency "
					+ "in one place a reviewer can find")
			.check(this.classes);
	}

	@Test
	void everyRepositoryReadsInsideATransaction() {
		classes().that()
			.areInterfaces()
			.and()
			.areAssignableTo(Repository.class)
			.should()
			.beAnnotatedWith(Transactional.class)
			.andShould(new ArchCondition<>("mark its reads read-only") {
				@Override
				public void check(JavaClass repository, ConditionEvents events) {
					boolean readOnly = repository.isAnnotatedWith(Transactional.class)
							&& repository.getAnnotationOfType(Transactional.class).readOnly();
					events.add(new SimpleConditionEvent(repository, readOnly,
							repository.getName() + " is not @Transactional(readOnly = true)"));
				}
			})
			.because("outside a transaction Spring Data JDBC loads an aggregate's collections on a second "
					+ "connection while the first still holds the parent's rows, so a full pool of such "
					+ "reads waits for ever (issue 15); inherited saves and deletes keep their own "
					+ "read-write transactions")
			.check(this.classes);
	}

	@Test
	void everyRepositoryWriteOpensAReadWriteTransaction() {
		methods().that()
			.areDeclaredInClassesThat()
			.areAssignableTo(Repository.class)
			.and()
			.haveNameStartingWith("save")
			.or()
			.areDeclaredInClassesThat()
			.areAssignableTo(Repository.class)
			.and()
			.haveNameStartingWith("delete")
			.should(new ArchCondition<>("be @Transactional and not read-only") {
				@Override
				public void check(JavaMethod method, ConditionEvents events) {
					boolean readWrite = method.isAnnotatedWith(Transactional.class)
							&& !method.getAnnotationOfType(Transactional.class).readOnly();
					events.add(new SimpleConditionEvent(method, readWrite,
							method.getFullName() + " would inherit its repository's read-only transaction"));
				}
			})
			.check(this.classes);
	}

	@Test
	void webCodeNeverOpensATransaction() {
		noClasses().that()
			.resideInAPackage("..web..")
			.or()
			.haveSimpleNameEndingWith("Controller")
			.should()
			.beAnnotatedWith(Transactional.class)
			.because("services own transactions and the access-log entries written in them, "
					+ "so a change and its log entry commit together whichever page asked for it")
			.check(this.classes);
		methods().that()
			.areDeclaredInClassesThat()
			.resideInAPackage("..web..")
			.or()
			.areDeclaredInClassesThat()
			.haveSimpleNameEndingWith("Controller")
			.should()
			.notBeAnnotatedWith(Transactional.class)
			.because("services own transactions and the access-log entries written in them, "
					+ "so a change and its log entry commit together whichever page asked for it")
			.check(this.classes);
	}

	@Test
	void otherModulesReadPeopleAndAgenciesThroughTheDirectories() {
		noClasses().that()
			.resideOutsideOfPackage("org.onlinelives.platform..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName(USERS)
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName(AGENCIES)
			.because("PeopleDirectory and AgencyDirectory are platform's published queries: each one takes "
					+ "the caller's partnership, so no module can read another partnership's people or agencies")
			.check(this.classes);
	}

	@Test
	void anApiNeverDependsOnItsModulesWebPages() {
		classes().that()
			.resideInAPackage("org.onlinelives.*.api..")
			.should(notDependOnTheWebPackageOfTheirModule())
			.because("an API and the web pages are two doors onto the same services; "
					+ "either can change without the other")
			.check(this.classes);
	}

	private static ArchCondition<JavaClass> notDependOnTheWebPackageOfTheirModule() {
		return new ArchCondition<>("not depend on the web package of their module") {
			@Override
			public void check(JavaClass javaClass, ConditionEvents events) {
				String module = moduleOf(javaClass.getPackageName());
				DescribedPredicate<JavaClass> webOfModule = DescribedPredicate.describe("web of " + module,
						(target) -> target.getPackageName().equals(module + ".web")
								|| target.getPackageName().startsWith(module + ".web."));
				for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
					if (webOfModule.test(dependency.getTargetClass())) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		};
	}

	private static String moduleOf(String packageName) {
		String[] parts = packageName.split("\\.");
		return String.join(".", parts[0], parts[1], parts[2]);
	}

}
