package org.onlinelives.families.directory;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sets of constants kept as comma-separated names in one column, in declaration order.
 */
final class Codes {

	private Codes() {
	}

	static <E extends Enum<E>> String join(Collection<E> values) {
		return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	static <E extends Enum<E>> Set<E> split(Class<E> type, String text) {
		Set<E> values = EnumSet.noneOf(type);
		if (text != null && !text.isBlank()) {
			Arrays.stream(text.split(",")).map(String::strip).forEach((name) -> values.add(Enum.valueOf(type, name)));
		}
		return values;
	}

}
