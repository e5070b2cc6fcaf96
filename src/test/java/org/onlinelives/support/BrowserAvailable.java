package org.onlinelives.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Whether Chromium and ChromeDriver are installed. In CI their absence is a failure,
 * never a skip.
 */
public class BrowserAvailable implements ExecutionCondition {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER))) {
			return ConditionEvaluationResult.enabled("Chromium is installed");
		}
		if (Environment.isCi()) {
			throw new IllegalStateException("CI is set but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
		}
		String reason = "Chromium or ChromeDriver is not installed (apt-get install chromium chromium-driver): skipping "
				+ context.getDisplayName();
		System.out.println("SKIPPED: " + reason);
		return ConditionEvaluationResult.disabled(reason);
	}

}
