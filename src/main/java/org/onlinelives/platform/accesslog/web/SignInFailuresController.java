package org.onlinelives.platform.accesslog.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.onlinelives.platform.accesslog.SignInFailures;
import org.onlinelives.platform.accesslog.SignInFailures.Period;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.FormValues;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Administrators see failed sign-ins over a chosen period, by address or by account, to
 * spot guessing that the throttle and lockout have been holding off.
 */
@Controller
class SignInFailuresController {

	/** What the administrator chose; anything unreadable falls back to the defaults. */
	record SignInFailuresForm(String period, String by, String page) {

		Period chosenPeriod() {
			return Arrays.stream(Period.values())
				.filter((p) -> p.name().equals(this.period))
				.findFirst()
				.orElse(Period.WEEK);
		}

		String chosenBy() {
			return "account".equals(this.by) ? "account" : "address";
		}

		int chosenPage() {
			return (int) Math.max(1, Math.min(FormValues.toLong(this.page).orElse(1L), 100_000));
		}

	}

	private final SignInFailures failures;

	private final Clock clock;

	SignInFailuresController(SignInFailures failures, Clock clock) {
		this.failures = failures;
		this.clock = clock;
	}

	@GetMapping("/admin/access-log/sign-in-failures")
	String show(@AuthenticationPrincipal SignedInUser admin, @ModelAttribute("query") SignInFailuresForm query,
			Model model) {
		Period period = query.chosenPeriod();
		String by = query.chosenBy();
		int page = query.chosenPage();
		Instant from = this.clock.instant().minus(period.length());
		long total = by.equals("account") ? this.failures.countAccounts(admin.partnershipId(), from)
				: this.failures.countAddresses(admin.partnershipId(), from);
		if (by.equals("account")) {
			model.addAttribute("accounts", this.failures.byAccount(admin.partnershipId(), from, page));
		}
		else {
			model.addAttribute("addresses", this.failures.byAddress(admin.partnershipId(), from, page));
		}
		model.addAttribute("form", new SignInFailuresForm(period.name(), by, null));
		model.addAttribute("periods", List.of(Period.values()));
		model.addAttribute("groupings", List.of("address", "account"));
		model.addAttribute("period", period);
		model.addAttribute("by", by);
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", Math.max(1, (total + SignInFailures.PAGE_SIZE - 1) / SignInFailures.PAGE_SIZE));
		model.addAttribute("baseUrl", "/admin/access-log/sign-in-failures?period=" + period.name() + "&by=" + by + "&");
		return "accesslog/sign-in-failures";
	}

}
