package org.onlinelives.assessment.catalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The rules a catalogue must keep. The assessment rules depend on these, so they are
 * checked once at load rather than guarded against everywhere.
 */
final class CatalogueValidator {

	/** seed 000: the "four or more" rule is over exactly eight listed factors. */
	static final int COUNTING_FACTORS = 8;

	/** seed 003: the map has ten areas. */
	static final int TEN_CS = 10;

	/** The 10 C the rules prompt for; it must exist. */
	static final String COMPOSITE_AND_COMPLEX = "COMPOSITE_AND_COMPLEX";

	private final Catalogue catalogue;

	private final List<String> problems = new ArrayList<>();

	private CatalogueValidator(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	static void validate(Catalogue catalogue) {
		CatalogueValidator validator = new CatalogueValidator(catalogue);
		validator.check();
		if (!validator.problems.isEmpty()) {
			throw new InvalidCatalogueException(validator.problems);
		}
	}

	private void check() {
		if (this.catalogue.version() < 1) {
			this.problems.add("version must be 1 or more");
		}
		checkCodes();
		checkFactors();
		checkScenarioGroups();
		checkImageSharing();
		checkNotEmpty("offlineAdversities", this.catalogue.offlineAdversities());
		this.catalogue.offlineAdversities()
			.forEach((adversity) -> checkItem(adversity.code(), adversity.title(), adversity.source()));
		checkTenCs();
		checkRatingScale();
		checkProcedurePrompts();
	}

	private void checkCodes() {
		Set<String> seen = new HashSet<>();
		Set<String> duplicates = new TreeSet<>();
		for (String code : this.catalogue.allCodes()) {
			if (code == null || code.isBlank()) {
				this.problems.add("an item has no code");
			}
			else if (!seen.add(code)) {
				duplicates.add(code);
			}
		}
		duplicates.forEach((code) -> this.problems.add("code " + code + " is used more than once"));
	}

	private void checkFactors() {
		this.catalogue.vulnerabilityFactors()
			.forEach((factor) -> checkItem(factor.code(), factor.title(), factor.source()));
		long counting = this.catalogue.vulnerabilityFactors()
			.stream()
			.filter(VulnerabilityFactor::countsTowardIntensiveSupport)
			.count();
		if (counting != COUNTING_FACTORS) {
			this.problems.add("exactly " + COUNTING_FACTORS
					+ " vulnerability factors must count toward intensive support, but " + counting + " do");
		}
	}

	private void checkScenarioGroups() {
		Set<RiskCategory> missing = EnumSet.allOf(RiskCategory.class);
		for (ScenarioGroup group : this.catalogue.scenarioGroups()) {
			if (group.c() == null) {
				this.problems.add("a scenario group has no C");
				continue;
			}
			if (!missing.remove(group.c())) {
				this.problems.add("scenario group " + group.c() + " appears more than once");
			}
			checkNotEmpty("scenario group " + group.c(), group.scenarios());
			checkSource(String.valueOf(group.c()), group.source());
			group.scenarios().forEach((scenario) -> checkItem(scenario.code(), scenario.title(), scenario.source()));
		}
		if (!missing.isEmpty()) {
			this.problems.add("scenario groups are missing for " + missing);
		}
	}

	private void checkImageSharing() {
		ImageSharingQuestions questions = this.catalogue.imageSharing();
		if (questions == null) {
			this.problems.add("imageSharing is missing");
			return;
		}
		checkNotEmpty("imageSharing.whyShared", questions.whyShared());
		checkNotEmpty("imageSharing.whatHappenedAfter", questions.whatHappenedAfter());
		questions.whyShared().forEach((answer) -> checkItem(answer.code(), answer.title(), answer.source()));
		questions.whatHappenedAfter().forEach((answer) -> checkItem(answer.code(), answer.title(), answer.source()));
	}

	private void checkTenCs() {
		if (this.catalogue.tenCs().size() != TEN_CS) {
			this.problems
				.add("there must be " + TEN_CS + " Cs in the map, but there are " + this.catalogue.tenCs().size());
		}
		if (this.catalogue.tenC(COMPOSITE_AND_COMPLEX).isEmpty()) {
			this.problems.add("the 10 Cs must include " + COMPOSITE_AND_COMPLEX);
		}
		for (TenC tenC : this.catalogue.tenCs()) {
			checkItem(tenC.code(), tenC.title(), tenC.source());
			checkNotEmpty("questions of " + tenC.code(), tenC.questions());
		}
	}

	private void checkRatingScale() {
		List<Integer> levels = this.catalogue.ratingScale().stream().map(RatingLevel::level).toList();
		List<Integer> expected = IntStream.rangeClosed(1, levels.size()).boxed().toList();
		if (levels.size() < 3 || !levels.equals(expected)) {
			this.problems
				.add("the rating scale must run 1, 2, 3 … in order with at least three levels, but is " + levels);
		}
		this.catalogue.ratingScale().forEach((level) -> {
			if (isBlank(level.code()) || isBlank(level.label())) {
				this.problems.add("rating level " + level.level() + " needs a code and a label");
			}
		});
	}

	private void checkProcedurePrompts() {
		checkNotEmpty("procedurePrompts", this.catalogue.procedurePrompts());
		for (ProcedurePrompt prompt : this.catalogue.procedurePrompts()) {
			checkItem(prompt.code(), prompt.title(), prompt.source());
			if (isBlank(prompt.whatToDo()) || isBlank(prompt.reason()) || prompt.urgency() == null) {
				this.problems.add("procedure prompt " + prompt.code() + " needs what to do, a reason and an urgency");
			}
		}
	}

	private void checkItem(String code, String title, Source source) {
		if (isBlank(title)) {
			this.problems.add(code + " has no title");
		}
		checkSource(code, source);
	}

	private void checkSource(String what, Source source) {
		if (source == null || isBlank(source.seed()) || isBlank(source.section())) {
			this.problems.add(what + " does not name its source seed and section");
		}
		else if (!Source.isKnown(source.seed())
				|| source.section().toLowerCase(java.util.Locale.ROOT).contains("seed")) {
			// On screen a source is named by title and section, never by its file number
			this.problems.add(what + " names its source by file number, not by title and section");
		}
	}

	private void checkNotEmpty(String what, List<?> items) {
		if (items.isEmpty()) {
			this.problems.add(what + " is empty");
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
