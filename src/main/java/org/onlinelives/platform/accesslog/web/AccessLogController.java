package org.onlinelives.platform.accesslog.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLogFilter;
import org.onlinelives.platform.accesslog.AccessLogQuery;
import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Administrators read the access log of their partnership, filtered and a page at a time.
 * There is no route that changes it.
 */
@Controller
class AccessLogController {

	private final AccessLogQuery query;

	private final AgencyDirectory agencies;

	AccessLogController(AccessLogQuery query, AgencyDirectory agencies) {
		this.query = query;
		this.agencies = agencies;
	}

	@GetMapping("/admin/access-log")
	String list(@AuthenticationPrincipal SignedInUser admin, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String event,
			@RequestParam(required = false) String person, @RequestParam(required = false) String agency,
			@RequestParam(defaultValue = "1") String page, Model model) {
		LocalDate fromDate = date(from, "from", model);
		LocalDate toDate = date(to, "to", model);
		AccessEvent eventFilter = parseEvent(event);
		Long agencyId = parseLong(agency);
		String personFilter = (person != null && person.length() <= 320) ? person : null;
		int pageNumber = (int) Math.max(1, Math.min(parseLongOr(page, 1), 100_000));
		AccessLogFilter filter = new AccessLogFilter(fromDate, toDate, eventFilter, personFilter, agencyId);
		long counted = this.query.countUpToLimit(admin.partnershipId(), filter);
		long total = Math.min(counted, AccessLogQuery.COUNT_LIMIT);
		long pages = Math.max(1, (total + AccessLogQuery.PAGE_SIZE - 1) / AccessLogQuery.PAGE_SIZE);
		int shownPage = (int) Math.min(pageNumber, pages);
		model.addAttribute("entries", this.query.page(admin.partnershipId(), filter, shownPage));
		model.addAttribute("total", total);
		model.addAttribute("moreThanTotal", counted > AccessLogQuery.COUNT_LIMIT);
		model.addAttribute("page", shownPage);
		model.addAttribute("pages", pages);
		model.addAttribute("events", List.of(AccessEvent.values()));
		model.addAttribute("agencies", this.agencies.agenciesOf(admin.partnershipId()));
		model.addAttribute("filter", filter);
		model.addAttribute("formHasErrors", model.containsAttribute("fromError") || model.containsAttribute("toError"));
		model.addAttribute("fromText", (from != null) ? from : "");
		model.addAttribute("toText", (to != null) ? to : "");
		model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/admin/access-log")
			.queryParamIfPresent("from", java.util.Optional.ofNullable(fromDate))
			.queryParamIfPresent("to", java.util.Optional.ofNullable(toDate))
			.queryParamIfPresent("event", java.util.Optional.ofNullable(eventFilter))
			.queryParamIfPresent("person", java.util.Optional.ofNullable(personFilter).filter((p) -> !p.isBlank()))
			.queryParamIfPresent("agency", java.util.Optional.ofNullable(agencyId))
			.encode()
			.build()
			.toUriString()
				+ (((fromDate != null) || (toDate != null) || (eventFilter != null) || (agencyId != null)
						|| (personFilter != null && !personFilter.isBlank())) ? "&" : "?"));
		return "accesslog/list";
	}

	private static LocalDate date(String text, String field, Model model) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			if (date.getYear() < 2000 || date.getYear() > 2100) {
				model.addAttribute(field + "Error", "accessLog.filter.dateInvalid");
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			model.addAttribute(field + "Error", "accessLog.filter.dateInvalid");
			return null;
		}
	}

	private static AccessEvent parseEvent(String event) {
		if (event == null || event.isBlank()) {
			return null;
		}
		try {
			return AccessEvent.valueOf(event);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Long parseLong(String value) {
		try {
			return (value == null || value.isBlank()) ? null : Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static long parseLongOr(String value, long fallback) {
		Long parsed = parseLong(value);
		return (parsed != null) ? parsed : fallback;
	}

}
