package org.onlinelives.platform.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.onlinelives.platform.organisation.PartnershipNames;
import org.onlinelives.platform.security.SignInStage;
import org.onlinelives.platform.security.SignInStages;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what the layout needs on every page: who is signed in, their partnership and their
 * navigation.
 */
@ControllerAdvice
class LayoutModel {

	private final List<NavigationContributor> contributors;

	private final PartnershipNames partnerships;

	LayoutModel(List<NavigationContributor> contributors, PartnershipNames partnerships) {
		this.contributors = contributors.stream()
			.sorted(Comparator.comparingInt(NavigationContributor::order))
			.toList();
		this.partnerships = partnerships;
	}

	@ModelAttribute("currentUser")
	SignedInUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (SignInStages.hasStage(authentication, SignInStage.SIGNED_IN)
				&& authentication.getPrincipal() instanceof SignedInUser user) {
			return user;
		}
		return null;
	}

	/** Half-way through sign-in: the page offers sign-out but nothing else. */
	@ModelAttribute("signingIn")
	boolean signingIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return SignInStages.hasStage(authentication, SignInStage.SECOND_FACTOR_PENDING)
				|| SignInStages.hasStage(authentication, SignInStage.SECOND_FACTOR_SET_UP_REQUIRED);
	}

	@ModelAttribute("currentPartnershipName")
	String currentPartnershipName() {
		SignedInUser user = currentUser();
		return (user != null) ? this.partnerships.of(user.partnershipId()) : null;
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation(HttpServletRequest request) {
		SignedInUser user = currentUser();
		if (user == null) {
			return List.of();
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		List<NavigationContributor.Link> links = this.contributors.stream()
			.flatMap((contributor) -> contributor.linksFor(user).stream())
			.toList();
		// one link is current: the longest that the path starts with (so
		// /case-data/returns
		// is not also /case-data)
		String current = links.stream()
			.map(NavigationContributor.Link::path)
			.filter((link) -> isActive(path, link))
			.max(java.util.Comparator.comparingInt(String::length))
			.orElse(null);
		return links.stream()
			.map((link) -> new NavigationItem(link.path(), link.labelKey(), link.path().equals(current)))
			.toList();
	}

	private static boolean isActive(String current, String link) {
		return link.equals("/") ? current.equals("/") : current.startsWith(link);
	}

}
