package org.onlinelives.casedata.web;

import java.util.List;
import java.util.Locale;

import org.onlinelives.assessment.CaseDataQuery;
import org.onlinelives.assessment.CaseSnapshot;
import org.onlinelives.platform.web.SelectOption;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The age-band and gender choices of the case-data filters, for both figures pages. The
 * query is looked up lazily because controller advice is loaded into every web slice
 * test, where the assessment module's beans are absent.
 */
@ControllerAdvice(assignableTypes = { AgencyDashboardController.class, PartnershipFiguresController.class })
class FilterOptions {

	private final ObjectProvider<CaseDataQuery> cases;

	private final MessageSource messages;

	FilterOptions(ObjectProvider<CaseDataQuery> cases, MessageSource messages) {
		this.cases = cases;
		this.messages = messages;
	}

	@ModelAttribute("ageBands")
	List<SelectOption> ageBands() {
		return CaseSnapshot.AGE_BANDS.stream()
			.map((band) -> new SelectOption(band,
					this.messages.getMessage("casedata.ageBand", new Object[] { band }, Locale.UK)))
			.toList();
	}

	@ModelAttribute("genders")
	List<SelectOption> genders() {
		return this.cases.getObject()
			.genderCodes()
			.stream()
			.map((code) -> new SelectOption(code,
					this.messages.getMessage("youngPerson.gender." + code, null, Locale.UK)))
			.toList();
	}

}
