package org.onlinelives.selfaudit.web;

import jakarta.servlet.http.HttpServletResponse;

import org.onlinelives.selfaudit.audit.AuditRuleException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A change an audit rule refused, where the page itself did not already explain it: a
 * plain page saying why, never a server error.
 */
@ControllerAdvice(basePackageClasses = SelfAuditErrors.class)
class SelfAuditErrors {

	@ExceptionHandler(AuditRuleException.class)
	String refused(AuditRuleException refusal, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("refusalKey", refusal.messageKey());
		model.addAttribute("refusalArguments", refusal.arguments());
		return "selfaudit/refused";
	}

	/**
	 * A form sent with list indexes no page of ours makes (for example
	 * {@code statements[5000].score}) cannot be bound: a plain "problem with your
	 * request" page, not a server error.
	 */
	@ExceptionHandler({ IndexOutOfBoundsException.class, InvalidPropertyException.class })
	String unbindable(HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
		return "error/4xx";
	}

}
