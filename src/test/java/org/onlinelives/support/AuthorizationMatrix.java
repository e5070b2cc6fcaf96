package org.onlinelives.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.io.ClassPathResource;

/**
 * Shared pieces of the modules' authorization matrix tests.
 */
public final class AuthorizationMatrix {

	private AuthorizationMatrix() {
	}

	/** Expected outcomes in the order of {@link Actor}'s constants. */
	public static Map<Actor, Outcome> expect(Outcome... outcomes) {
		Actor[] actors = Actor.values();
		if (outcomes.length != actors.length) {
			throw new IllegalArgumentException("One outcome for each of " + actors.length + " callers");
		}
		Map<Actor, Outcome> result = new LinkedHashMap<>();
		for (int i = 0; i < actors.length; i++) {
			result.put(actors[i], outcomes[i]);
		}
		return result;
	}

	/**
	 * The routes a module lists in {@code authorization-matrix/<module>.txt}, as "METHOD
	 * /path".
	 */
	public static Set<String> routesListedFor(String module) throws IOException {
		try (InputStream in = new ClassPathResource("authorization-matrix/" + module + ".txt").getInputStream()) {
			Set<String> routes = new TreeSet<>();
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.forEach(routes::add);
			return routes;
		}
	}

}
