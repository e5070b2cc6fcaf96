package org.onlinelives.workforce.web;

import java.util.List;
import java.util.Map;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.workforce.bulletins.Bulletin;
import org.onlinelives.workforce.bulletins.BulletinBoard;
import org.onlinelives.workforce.bulletins.CodeOfConduct;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulletins as their readers see them: the list for this person, one bulletin with its
 * acknowledgement, and each agency's acknowledgement rate.
 */
@Controller
class BulletinsController {

	private final BulletinBoard board;

	private final CodeOfConduct code;

	private final MessageSource messages;

	BulletinsController(BulletinBoard board, CodeOfConduct code, MessageSource messages) {
		this.board = board;
		this.code = code;
		this.messages = messages;
	}

	@GetMapping("/bulletins")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("rows", this.board.forReader(user));
		model.addAttribute("code", this.code.current(user.partnershipId()).orElse(null));
		model.addAttribute("codeAcknowledged", this.code.acknowledgedCurrent(user));
		return "workforce/bulletins";
	}

	@GetMapping("/bulletins/{id}")
	String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		Bulletin bulletin = this.board.readable(user, id);
		return page(user, bulletin, model);
	}

	/**
	 * The bulletin page: for its readers, whether they have acknowledged it; for
	 * administrators, who it is for and how many people that is (and, for a draft, the
	 * button that publishes it).
	 */
	private String page(SignedInUser user, Bulletin bulletin, Model model) {
		model.addAttribute("bulletin", bulletin);
		model.addAttribute("forReader", this.board.reachesReader(user, bulletin));
		model.addAttribute("acknowledged", this.board.acknowledged(user, bulletin));
		if (user.isAdministrator()) {
			model.addAttribute("audience", audience(user, bulletin));
			model.addAttribute("reach", this.board.reach(user, bulletin));
		}
		return "workforce/bulletin";
	}

	@PostMapping("/bulletins/{id}/acknowledgement")
	String acknowledge(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.board.acknowledge(user, id);
		redirect.addFlashAttribute("success", "bulletin.acknowledged");
		return "redirect:/bulletins/" + id;
	}

	@GetMapping("/bulletins/{id}/acknowledgements")
	@PreAuthorize("hasAnyRole('PARTNERSHIP_ADMIN', 'ANALYST', 'AGENCY_LEAD')")
	String rates(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		model.addAttribute("view", this.board.rates(user, id));
		return "workforce/bulletin-rates";
	}

	/** Who the bulletin is for, in words. */
	private String audience(SignedInUser admin, Bulletin bulletin) {
		java.util.Locale locale = LocaleContextHolder.getLocale();
		List<String> roles = bulletin.getRoles()
			.stream()
			.map((role) -> this.messages.getMessage(role.messageKey(), null, locale))
			.toList();
		Map<Long, String> names = this.board.agencyNames(admin.partnershipId());
		List<String> agencies = bulletin.getAgencyIds().stream().map(names::get).toList();
		String who = roles.isEmpty() ? this.messages.getMessage("bulletin.audience.everyRole", null, locale)
				: String.join(", ", roles);
		String where = agencies.isEmpty() ? this.messages.getMessage("bulletin.audience.everyAgency", null, locale)
				: String.join(", ", agencies);
		return this.messages.getMessage("bulletin.audience.words", new Object[] { who, where }, locale);
	}

}
