package org.onlinelives.platform.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.onlinelives.platform.people.Invitation;
import org.onlinelives.platform.people.InvitationService;
import org.onlinelives.platform.security.PasswordPolicy;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.onlinelives.platform.people.InvitationDescriptions;

/**
 * The invitation link: the invited person confirms their name and chooses a password.
 */
@Controller
class AcceptInvitationController {

	private final InvitationService invitations;

	private final PasswordPolicy passwordPolicy;

	private final org.onlinelives.platform.organisation.AgencyDirectory partnerships;

	private final InvitationDescriptions descriptions;

	AcceptInvitationController(InvitationService invitations, PasswordPolicy passwordPolicy,
			org.onlinelives.platform.organisation.AgencyDirectory partnerships, InvitationDescriptions descriptions) {
		this.partnerships = partnerships;
		this.invitations = invitations;
		this.passwordPolicy = passwordPolicy;
		this.descriptions = descriptions;
	}

	record AcceptForm(@NotBlank(message = "{person.name.required}") @Size(max = 200,
			message = "{person.name.tooLong}") String name, String password, String confirmPassword) {
	}

	@GetMapping("/invitations/{token}")
	String form(@PathVariable String token, Model model) {
		Invitation invitation = openInvitation(token);
		model.addAttribute("invitation", invitation);
		model.addAttribute("description", this.descriptions.of(invitation));
		model.addAttribute("token", token);
		model.addAttribute("form", new AcceptForm(invitation.getDisplayName(), "", ""));
		return "people/accept";
	}

	@PostMapping("/invitations/{token}")
	String accept(@PathVariable String token, @Validated @ModelAttribute("form") AcceptForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Invitation invitation = openInvitation(token);
		this.passwordPolicy
			.problem(form.password(), invitation.getEmail(), form.name(),
					this.partnerships.partnership(invitation.getPartnershipId())
						.map(org.onlinelives.platform.organisation.Partnership::getName)
						.orElse(null))
			.ifPresent((problem) -> result.rejectValue("password", problem));
		if (form.password() != null && !form.password().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.invitations.accept(token, form.name(), form.password());
				// the sign-in page fills in the address they were invited at
				redirect.addFlashAttribute("email", invitation.getEmail());
				return "redirect:/sign-in?joined";
			}
			catch (InvitationService.EmailAlreadyInUse | DuplicateKeyException ex) {
				result.reject("accept.emailInUse");
			}
		}
		model.addAttribute("invitation", invitation);
		model.addAttribute("description", this.descriptions.of(invitation));
		model.addAttribute("token", token);
		return "people/accept";
	}

	private Invitation openInvitation(String token) {
		return this.invitations.open(token).orElseThrow(() -> new RecordNotFoundException("invitation", "token"));
	}

}
