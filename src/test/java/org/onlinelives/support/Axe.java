package org.onlinelives.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, as shipped in {@code com.deque.html.axe-core:selenium}, run directly: the
 * script is injected once per page and the run sends back only the violations. Deque's
 * {@link AxeBuilder} injects the 560 KB script and returns every pass and inapplicable
 * rule on each call, which cost about 0.75 s a check whatever the page; a page checked at
 * two widths needs the script once.
 */
final class Axe {

	/** The axe-core script inside Deque's jar, the one {@link AxeBuilder} injects. */
	static final String SOURCE = read();

	private static final String RUN = """
			var tags = arguments[0], done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'],
			    iframes: false })
			  .then(function (results) {
			    done(results.violations.map(function (rule) {
			      return { id: rule.id, help: rule.help,
			        targets: rule.nodes.map(function (node) { return JSON.stringify(node.target); }) };
			    }));
			  }, function (error) { done('axe-core failed: ' + error); });""";

	private Axe() {
	}

	/**
	 * Runs the rules with these tags on the current page, whose script must already be
	 * injected ({@link #SOURCE}).
	 */
	@SuppressWarnings("unchecked")
	static List<Violation> run(WebDriver driver, List<String> tags) {
		Object answer = ((JavascriptExecutor) driver).executeAsyncScript(RUN, tags);
		if (answer instanceof String failure) {
			throw new IllegalStateException(failure);
		}
		return ((List<Map<String, Object>>) answer).stream()
			.map((rule) -> new Violation((String) rule.get("id"), (String) rule.get("help"),
					(List<String>) rule.get("targets")))
			.toList();
	}

	private static String read() {
		try (InputStream script = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
			if (script == null) {
				throw new IllegalStateException("axe.min.js is missing from com.deque.html.axe-core:selenium");
			}
			return new String(script.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A rule the page breaks, with the elements that break it. */
	record Violation(String id, String help, List<String> targets) {

		@Override
		public String toString() {
			return this.id + ": " + this.help + " at " + this.targets;
		}

	}

}
