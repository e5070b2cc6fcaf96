package org.onlinelives.casedata.web;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The returns API's failures as problem bodies, never an HTML page.
 */
@RestControllerAdvice(assignableTypes = ReturnsApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReturnsApiErrors {

	private final AccessLog accessLog;

	ReturnsApiErrors(AccessLog accessLog) {
		this.accessLog = accessLog;
	}

	@ExceptionHandler(RecordNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(RecordNotFoundException ex) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			this.accessLog.record(user, AccessEvent.RECORD_NOT_IN_SCOPE, ex.recordType(), ex.recordId(),
					"API: not found in the person's scope");
		}
		return problem(HttpStatus.NOT_FOUND, "There is no data return " + ex.recordId() + " in your partnership.");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> badId() {
		return problem(HttpStatus.NOT_FOUND, "There is no such data return.");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> forbidden() {
		return problem(HttpStatus.FORBIDDEN, "Only analysts' tokens can read data returns.");
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
