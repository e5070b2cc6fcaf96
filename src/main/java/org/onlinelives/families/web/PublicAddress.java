package org.onlinelives.families.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The full web address of a pack's public page, as printed on the pack: the configured
 * public address of the service, or else the address the request came to.
 */
@Component
class PublicAddress {

	private final String baseUrl;

	PublicAddress(@Value("${onlinelives.base-url:}") String baseUrl) {
		this.baseUrl = baseUrl;
	}

	String ofPack(String slug) {
		return base() + PublicPackController.PATH + slug;
	}

	private String base() {
		if (this.baseUrl != null && !this.baseUrl.isBlank()) {
			return this.baseUrl.replaceAll("/+$", "");
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
	}

}
