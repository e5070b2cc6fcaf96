package org.onlinelives.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accessibility gate can fail: the way {@link BrowserTest} runs axe-core (script
 * injected once, two runs) finds the violations of a page built to break the rules, and
 * none on a page that keeps them.
 */
@ExtendWith(BrowserAvailable.class)
class AxeRunnerBrowserTests {

	private static final List<String> WCAG_22_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a",
			"wcag22aa");

	private static WebDriver browser;

	@BeforeAll
	static void start() {
		browser = BrowserTest.chromium(1280, 1024, true);
	}

	@AfterAll
	static void stop() {
		browser.quit();
	}

	@Test
	void findsTheViolationsOfABrokenPageAtBothRuns() {
		show("""
				<!doctype html><html><head><title>Broken</title></head><body><main>
				<h1>Broken</h1><img src="x.png"><p style="color:#bbb;background:#fff">Faint text</p>
				<input type="text"></main></body></html>""");
		((JavascriptExecutor) browser).executeScript(Axe.SOURCE);
		List<String> first = ids(Axe.run(browser, WCAG_22_A_AA));
		List<String> second = ids(Axe.run(browser, WCAG_22_A_AA));
		assertThat(first).contains("image-alt", "color-contrast", "label", "html-has-lang");
		assertThat(second).isEqualTo(first);
	}

	@Test
	void findsNothingOnAPageThatKeepsTheRules() {
		show("""
				<!doctype html><html lang="en"><head><title>Fine</title></head><body><main>
				<h1>Fine</h1><img src="x.png" alt="A picture"><label for="name">Name</label>
				<input id="name" type="text"></main></body></html>""");
		((JavascriptExecutor) browser).executeScript(Axe.SOURCE);
		assertThat(Axe.run(browser, WCAG_22_A_AA)).isEmpty();
	}

	private static void show(String html) {
		browser
			.get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));
	}

	private static List<String> ids(List<Axe.Violation> violations) {
		return violations.stream().map(Axe.Violation::id).toList();
	}

}
