package org.onlinelives.assessment.api;

import java.util.List;

import org.onlinelives.assessment.InvalidAnswerException;
import org.onlinelives.assessment.api.ApiProblem.FieldProblem;
import org.onlinelives.assessment.assessments.AssessmentCompleteException;
import org.onlinelives.assessment.UploadRefusedException;
import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns the API's failures into precise problem bodies: never an HTML page, never a 500
 * for bad input.
 */
@RestControllerAdvice(assignableTypes = AssessmentApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

	private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

	private final AccessLog accessLog;

	ApiErrors(AccessLog accessLog) {
		this.accessLog = accessLog;
	}

	@ExceptionHandler(ApiBodyException.class)
	ResponseEntity<ApiProblem> body(ApiBodyException ex) {
		return problem(ApiProblem.of(ex.status(), switch (ex.status()) {
			case 400 -> "Bad Request";
			case 415 -> "Unsupported Media Type";
			default -> "Unprocessable Content";
		}, ex.getMessage(), ex.errors()));
	}

	@ExceptionHandler(InvalidAnswerException.class)
	ResponseEntity<ApiProblem> invalid(InvalidAnswerException ex) {
		return problem(ApiProblem.of(422, "Unprocessable Content", ex.getMessage(),
				ex.refusals()
					.stream()
					.map((refusal) -> new FieldProblem(refusal.field(), refusal.explanation()))
					.toList()));
	}

	@ExceptionHandler(RecordNotFoundException.class)
	ResponseEntity<ApiProblem> notFound(RecordNotFoundException ex) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			this.accessLog.record(user, AccessEvent.RECORD_NOT_IN_SCOPE, ex.recordType(), ex.recordId(),
					"API: not found in the person's scope");
		}
		return problem(ApiProblem.of(404, "Not Found",
				"There is no " + ex.recordType() + " " + ex.recordId() + " in your agency."));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiProblem> badId(MethodArgumentTypeMismatchException ex) {
		return problem(ApiProblem.of(404, "Not Found", "There is no such record."));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ApiProblem> stale(OptimisticLockingFailureException ex) {
		return problem(ApiProblem.of(409, "Conflict",
				"The assessment was changed since the version you sent. Read it again, then send your changes with its current version.",
				List.of(new FieldProblem("version", "Stale"))));
	}

	@ExceptionHandler(AssessmentCompleteException.class)
	ResponseEntity<ApiProblem> complete(AssessmentCompleteException ex) {
		return problem(ApiProblem.of(409, "Conflict",
				"This version is complete and cannot change. Create a new version (a reassessment) instead."));
	}

	@ExceptionHandler(AssessmentApiController.InProgressException.class)
	ResponseEntity<ApiProblem> inProgress(AssessmentApiController.InProgressException ex) {
		return problem(ApiProblem.of(409, "Conflict", ex.getMessage()));
	}

	@ExceptionHandler(UploadRefusedException.class)
	ResponseEntity<ApiProblem> upload(UploadRefusedException ex) {
		return problem(ApiProblem.of(415, "Unsupported Media Type",
				"Files and images are never accepted. Indecent images of children must never be stored in case records: "
						+ "record what happened as text, and report images to the police and for removal."));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ApiProblem> mediaType(HttpMediaTypeNotSupportedException ex) {
		return problem(ApiProblem.of(415, "Unsupported Media Type", "Send the body as application/json."));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ApiProblem> forbidden(AccessDeniedException ex) {
		return problem(ApiProblem.of(403, "Forbidden",
				"Only practitioners and agency leads of an agency can use the assessment API."));
	}

	private static ResponseEntity<ApiProblem> problem(ApiProblem problem) {
		return ResponseEntity.status(problem.status()).contentType(PROBLEM).body(problem);
	}

}
