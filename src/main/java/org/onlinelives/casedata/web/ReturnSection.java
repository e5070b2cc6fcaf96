package org.onlinelives.casedata.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onlinelives.casedata.figures.Breakdown;
import org.onlinelives.casedata.returns.ReturnFigure;

/**
 * One breakdown of a return as shown: its categories, then its total.
 *
 * @param breakdown what is counted
 * @param figures the categories' figures
 * @param total the breakdown's total
 */
record ReturnSection(Breakdown breakdown, List<ReturnFigure> figures, ReturnFigure total) {

	static List<ReturnSection> of(Map<String, List<ReturnFigure>> byBreakdown) {
		List<ReturnSection> sections = new ArrayList<>();
		byBreakdown.forEach((name, figures) -> {
			List<ReturnFigure> categories = figures.stream().filter((f) -> !f.total()).toList();
			ReturnFigure total = figures.stream().filter(ReturnFigure::total).findFirst().orElseThrow();
			sections.add(new ReturnSection(Breakdown.valueOf(name), categories, total));
		});
		return sections;
	}

	static List<ReturnSection> of(List<ReturnFigure> figures) {
		Map<String, List<ReturnFigure>> grouped = new java.util.LinkedHashMap<>();
		figures.forEach((f) -> grouped.computeIfAbsent(f.breakdown(), (b) -> new ArrayList<>()).add(f));
		return of(grouped);
	}

	public String id() {
		return "return-by-" + this.breakdown.slug();
	}

}
