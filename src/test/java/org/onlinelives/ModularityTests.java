package org.onlinelives;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Module boundaries hold, and the module documentation (target/spring-modulith-docs) is
 * current.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(OnlineLivesApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublishedInterfaces() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
	}

}
