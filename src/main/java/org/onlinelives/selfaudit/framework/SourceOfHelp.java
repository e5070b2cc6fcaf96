package org.onlinelives.selfaudit.framework;

import java.util.Optional;

/**
 * A service, guide or document that can help with a section.
 *
 * @param name its name
 * @param description what it offers
 * @param url where to find it, or {@code null} when the source gives no address
 */
public record SourceOfHelp(String name, String description, String url) {

	public Optional<String> link() {
		return Optional.ofNullable(this.url);
	}

}
