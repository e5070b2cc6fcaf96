package org.onlinelives.assessment.api;

import java.util.List;

/**
 * An RFC 9457 problem body, with the fields at fault.
 *
 * @param type a URI naming the kind of problem
 * @param title a short summary
 * @param status the HTTP status
 * @param detail what went wrong here
 * @param errors each field at fault, by JSON path
 */
public record ApiProblem(String type, String title, int status, String detail, List<FieldProblem> errors) {

	/**
	 * One field at fault.
	 *
	 * @param field its JSON path, e.g. {@code tenCs.CONTENT.rating}
	 * @param detail what is wrong with it
	 */
	public record FieldProblem(String field, String detail) {
	}

	static ApiProblem of(int status, String title, String detail) {
		return new ApiProblem("about:blank", title, status, detail, List.of());
	}

	static ApiProblem of(int status, String title, String detail, List<FieldProblem> errors) {
		return new ApiProblem("about:blank", title, status, detail, errors);
	}

}
