package org.onlinelives.platform.web;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads form fields that arrive as text. Forms bind numbers, enums and flags as strings
 * and convert them here, so a tampered or mistyped value becomes a form error instead of
 * a failed binding (which would leave nothing to show the page again with).
 */
public final class FormValues {

	private FormValues() {
	}

	public static Optional<Long> toLong(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.valueOf(value.strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	public static <E extends Enum<E>> Optional<E> toEnum(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Enum.valueOf(type, value.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** The values that name a constant, or empty if any does not. */
	public static <E extends Enum<E>> Optional<Set<E>> toEnums(Class<E> type, Collection<String> values) {
		Set<E> result = EnumSet.noneOf(type);
		if (values == null) {
			return Optional.of(result);
		}
		for (String value : values) {
			Optional<E> constant = toEnum(type, value);
			if (constant.isEmpty()) {
				return Optional.empty();
			}
			result.add(constant.get());
		}
		return Optional.of(result);
	}

	public static boolean isTrue(String value) {
		return "true".equalsIgnoreCase(value) || "on".equalsIgnoreCase(value);
	}

}
