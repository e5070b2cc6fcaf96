package org.onlinelives.platform.scheduling;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/**
 * Scheduled jobs have one home for running on one node at a time.
 */
class SchedulingArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.onlinelives");

	@Test
	void everyScheduledJobRunsThroughTheJobLocks() {
		methods().that()
			.areAnnotatedWith(Scheduled.class)
			.should(callRunOnOneNode())
			.because("with several nodes every scheduler fires each job, and only the node that claims "
					+ "the job's lock in the database may run it")
			.check(this.classes);
	}

	@Test
	void schedulingIsSwitchedOnInOnePlace() {
		classes().that()
			.areAnnotatedWith(EnableScheduling.class)
			.should()
			.haveFullyQualifiedName(SchedulingConfiguration.class.getName())
			.because("onlinelives.scheduling.enabled switches every job off at once")
			.check(this.classes);
	}

	private static ArchCondition<JavaMethod> callRunOnOneNode() {
		return new ArchCondition<>("call JobLocks.runOnOneNode") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				boolean calls = method.getMethodCallsFromSelf()
					.stream()
					.anyMatch((call) -> call.getTargetOwner().isEquivalentTo(JobLocks.class)
							&& call.getName().equals("runOnOneNode"));
				if (!calls) {
					events.add(SimpleConditionEvent.violated(method,
							method.getFullName() + " does not call JobLocks.runOnOneNode"));
				}
			}
		};
	}

}
