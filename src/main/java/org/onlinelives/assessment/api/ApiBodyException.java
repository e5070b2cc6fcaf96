package org.onlinelives.assessment.api;

import java.util.List;

import org.onlinelives.assessment.api.ApiProblem.FieldProblem;

/**
 * A request body the API cannot accept: malformed (400) or holding values it refuses
 * (422), with the fields at fault.
 */
class ApiBodyException extends RuntimeException {

	private final int status;

	private final List<FieldProblem> errors;

	ApiBodyException(int status, String detail, List<FieldProblem> errors) {
		super(detail);
		this.status = status;
		this.errors = List.copyOf(errors);
	}

	int status() {
		return this.status;
	}

	List<FieldProblem> errors() {
		return this.errors;
	}

}
