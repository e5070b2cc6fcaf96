package org.onlinelives.assessment.rules;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.onlinelives.assessment.catalogue.AnswerOption;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.catalogue.OfflineAdversity;
import org.onlinelives.assessment.catalogue.RiskCategory;
import org.onlinelives.assessment.catalogue.Scenario;
import org.onlinelives.assessment.catalogue.TenC;
import org.onlinelives.assessment.catalogue.VulnerabilityFactor;

/**
 * Turns recorded codes into the catalogue's titles, in catalogue order, so that reasons
 * read as the practitioner saw the items on screen.
 */
final class Titles {

	private final Catalogue catalogue;

	Titles(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	String factors(Collection<String> codes) {
		return join(this.catalogue.vulnerabilityFactors()
			.stream()
			.filter((factor) -> codes.contains(factor.code()))
			.map(VulnerabilityFactor::title)
			.toList());
	}

	String scenarios(Collection<String> codes) {
		return join(this.catalogue.scenarioGroups()
			.stream()
			.flatMap((group) -> group.scenarios().stream())
			.filter((scenario) -> codes.contains(scenario.code()))
			.map(Scenario::title)
			.toList());
	}

	String answers(Collection<String> codes) {
		return join(Stream
			.concat(this.catalogue.imageSharing().whyShared().stream(),
					this.catalogue.imageSharing().whatHappenedAfter().stream())
			.filter((answer) -> codes.contains(answer.code()))
			.map(AnswerOption::title)
			.toList());
	}

	String adversities(Collection<String> codes) {
		return join(this.catalogue.offlineAdversities()
			.stream()
			.filter((adversity) -> codes.contains(adversity.code()))
			.map(OfflineAdversity::title)
			.toList());
	}

	String tenCs(Collection<String> codes) {
		return join(this.catalogue.tenCs()
			.stream()
			.filter((tenC) -> codes.contains(tenC.code()))
			.map(TenC::title)
			.toList());
	}

	String cs(Collection<RiskCategory> cs) {
		return join(cs.stream().sorted().map((c) -> this.catalogue.scenarioGroup(c).orElseThrow().title()).toList());
	}

	static String join(List<String> items) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
				+ items.get(items.size() - 1);
	}

}
