package org.onlinelives.platform.web;

import jakarta.servlet.http.HttpServletResponse;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns the application's expected failures into the service's error pages. Anything
 * unexpected falls through to Spring Boot's error handling, which renders
 * {@code error/5xx} without a stack trace.
 */
@ControllerAdvice
class ErrorHandling {

	private final AccessLog accessLog;

	ErrorHandling(AccessLog accessLog) {
		this.accessLog = accessLog;
	}

	@ExceptionHandler(RecordNotFoundException.class)
	String notInScope(RecordNotFoundException exception, HttpServletResponse response, Model model) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			this.accessLog.record(user, AccessEvent.RECORD_NOT_IN_SCOPE, exception.recordType(), exception.recordId(),
					"not found in the person's scope");
		}
		return clientError(HttpStatus.NOT_FOUND, response, model);
	}

	/** A path id that is not a number cannot name any record. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String badId(HttpServletResponse response, Model model) {
		return clientError(HttpStatus.NOT_FOUND, response, model);
	}

	/** Too many PDFs or exports in a minute: 429, saying how long to wait. */
	@ExceptionHandler(TooManyDownloadsException.class)
	String tooManyDownloads(TooManyDownloadsException exception, HttpServletResponse response, Model model) {
		response.setHeader("Retry-After", String.valueOf(exception.retryAfterSeconds()));
		model.addAttribute("retryAfterSeconds", exception.retryAfterSeconds());
		return clientError(HttpStatus.TOO_MANY_REQUESTS, response, model);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	String changedByAnother(HttpServletResponse response, Model model) {
		return clientError(HttpStatus.CONFLICT, response, model);
	}

	/** The 4xx page, keyed on the status as when Spring Boot chooses it. */
	private static String clientError(HttpStatus status, HttpServletResponse response, Model model) {
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		return "error/4xx";
	}

}
