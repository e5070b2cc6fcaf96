package org.onlinelives;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.onlinelives.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the application maps is listed in an authorization matrix file
 * ({@code src/test/resources/authorization-matrix/*.txt}), whose module's matrix test
 * calls it as every role. A new route without a matrix entry fails here.
 */
class RouteCoverageIntegrationTests extends WebIntegrationTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	PathMappedEndpoints actuatorEndpoints;

	@Test
	void everyMappedRouteIsInAnAuthorizationMatrix() throws IOException {
		Set<String> mapped = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			if (method.getBeanType().getPackageName().startsWith("org.onlinelives")) {
				for (String path : info.getPatternValues()) {
					for (var verb : info.getMethodsCondition().getMethods()) {
						mapped.add(verb.name() + " " + path);
					}
				}
			}
		});
		// the actuator endpoints exposed over HTTP (health, metrics) are routes too
		this.actuatorEndpoints.getAllPaths().forEach((path) -> mapped.add("GET " + path));
		Set<String> listed = listedRoutes();
		assertThat(mapped).as("routes mapped by the application").isNotEmpty();
		assertThat(listed).as("routes in authorization matrix files").containsAll(mapped);
		assertThat(mapped).as("matrix files list only routes that exist").containsAll(listed);
	}

	static Set<String> listedRoutes() throws IOException {
		Set<String> listed = new TreeSet<>();
		for (Resource file : new PathMatchingResourcePatternResolver()
			.getResources("classpath:authorization-matrix/*.txt")) {
			try (InputStream in = file.getInputStream()) {
				new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
					.map(String::strip)
					.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
					.forEach(listed::add);
			}
		}
		return listed;
	}

}
