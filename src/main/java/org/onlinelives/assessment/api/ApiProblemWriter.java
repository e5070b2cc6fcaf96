package org.onlinelives.assessment.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes problem bodies from filters, where no controller advice can.
 */
@Component
class ApiProblemWriter {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	void write(HttpServletResponse response, ApiProblem problem) throws IOException {
		response.setStatus(problem.status());
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		if (problem.status() == 401) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		response.getWriter().write(MAPPER.writeValueAsString(problem));
	}

}
