package org.onlinelives.assessment.api;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

import org.onlinelives.assessment.api.ApiProblem.FieldProblem;

/**
 * Reads API request bodies strictly: unknown properties are refused (a typo must not
 * silently drop an answer), and every failure names the JSON path at fault.
 */
final class ApiJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
		.build();

	private ApiJson() {
	}

	static <T> T read(String contentType, String body, Class<T> type) {
		if (!isJson(contentType)) {
			throw new ApiBodyException(415, "Send the body as application/json.", List.of());
		}
		if (body == null || body.isBlank()) {
			throw new ApiBodyException(400, "The request body is empty; send a JSON object.", List.of());
		}
		T value;
		try {
			value = MAPPER.readValue(body, type);
		}
		catch (UnrecognizedPropertyException ex) {
			throw new ApiBodyException(400, "The request has a property this API does not know.",
					List.of(new FieldProblem(path(ex), "Unknown property '" + ex.getPropertyName() + "'")));
		}
		catch (InvalidFormatException ex) {
			throw new ApiBodyException(422, "A value is not one this field accepts.",
					List.of(new FieldProblem(path(ex), "'" + ex.getValue() + "' is not a valid "
							+ ((ex.getTargetType() != null) ? ex.getTargetType().getSimpleName() : "value"))));
		}
		catch (MismatchedInputException ex) {
			throw new ApiBodyException(400, "The request does not have the expected shape.",
					List.of(new FieldProblem(path(ex), ex.getOriginalMessage())));
		}
		catch (JacksonException ex) {
			throw new ApiBodyException(400, "The request body is not valid JSON.",
					List.of(new FieldProblem(path(ex), ex.getOriginalMessage())));
		}
		if (value == null) {
			// the JSON literal null reads as no object at all
			throw new ApiBodyException(400, "The request body is null; send a JSON object.",
					List.of(new FieldProblem("$", "Expected a JSON object")));
		}
		return value;
	}

	private static boolean isJson(String contentType) {
		try {
			return contentType != null && org.springframework.http.MediaType.parseMediaType(contentType)
				.isCompatibleWith(org.springframework.http.MediaType.APPLICATION_JSON);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** The path as {@code a.b[2].c}. */
	static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "$" : path.toString();
	}

}
