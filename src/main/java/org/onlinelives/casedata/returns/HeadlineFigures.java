package org.onlinelives.casedata.returns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.onlinelives.casedata.CaseDataHeadlines;
import org.onlinelives.casedata.figures.Breakdown;
import org.onlinelives.casedata.figures.CaseFigures;
import org.onlinelives.casedata.figures.DisclosureSettings;
import org.onlinelives.casedata.figures.Category;
import org.onlinelives.casedata.figures.FigureFilter;
import org.onlinelives.casedata.figures.PartnershipTable;
import org.onlinelives.platform.disclosure.DisclosurePolicy;
import org.onlinelives.platform.disclosure.ProtectedCell;
import org.onlinelives.platform.disclosure.ProtectedTable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's headline case figures for documents that leave the service: the
 * latest return period's cases by agency and by C, taken from the very tables the
 * partnership figures' exports give for that period (export policy, agencies with few
 * cases counted together, figures sent in returns never withheld), so the headlines add
 * no figure a reader could set against the others.
 */
@Service
@Transactional(readOnly = true)
class HeadlineFigures implements CaseDataHeadlines {

	/** The Cs in the order the product names them everywhere. */
	static final List<String> CS = List.of("CONTENT", "CONTACT", "CONDUCT", "COMMERCE", "COMMUNITIES");

	private final CaseFigures figures;

	private final PartnershipPeriods periods;

	private final MessageSource messages;

	private final DisclosurePolicy policy;

	HeadlineFigures(CaseFigures figures, PartnershipPeriods periods, MessageSource messages,
			DisclosureSettings settings) {
		this.figures = figures;
		this.periods = periods;
		this.messages = messages;
		this.policy = settings.exports();
	}

	@Override
	public Headlines latestPeriod(long partnershipId) {
		List<String> cs = CS.stream()
			.map((code) -> this.messages.getMessage("casedata.c." + code, null, Locale.UK))
			.toList();
		ReturnPeriod period = this.periods.periods(partnershipId).get(0);
		FigureFilter filter = FigureFilter.onlineCases(period.first(), period.last());
		var released = this.periods.released(partnershipId, period);
		PartnershipTable byMonth = this.figures.partnership(partnershipId, Breakdown.MONTH, filter, this.policy,
				this.policy, released);
		if (byMonth.isEmpty()) {
			return new Headlines(period.first(), period.last(), this.policy.threshold(), List.of(), null, cs, null);
		}
		ProtectedTable table = byMonth.table();
		ProtectedTable byAgency = column(table.rowTotals(), table.grandTotal());
		PartnershipTable byC = this.figures.partnership(partnershipId, Breakdown.C, filter, this.policy, this.policy,
				released);
		List<ProtectedCell> cCells = new ArrayList<>();
		for (String code : CS) {
			int index = indexOf(byC, code);
			cCells.add((index < 0) ? new ProtectedCell(0L, false, false) : byC.table().columnTotals().get(index));
		}
		ProtectedCell cTotal = byC.isEmpty() ? new ProtectedCell(0L, false, false) : byC.table().grandTotal();
		return new Headlines(period.first(), period.last(), this.policy.threshold(), byMonth.agencies(), byAgency, cs,
				column(cCells, cTotal));
	}

	private static int indexOf(PartnershipTable table, String code) {
		if (table.isEmpty()) {
			return -1;
		}
		List<Category> categories = table.categories();
		for (int i = 0; i < categories.size(); i++) {
			if (categories.get(i).code().equals(code)) {
				return i;
			}
		}
		return -1;
	}

	/** Figures already protected elsewhere, set out as one column with their total. */
	private ProtectedTable column(List<ProtectedCell> cells, ProtectedCell total) {
		return new ProtectedTable(cells.stream().map(List::of).toList(), cells, List.of(total), total, this.policy);
	}

}
