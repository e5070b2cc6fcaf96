package org.onlinelives.survey.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A file over the server's upload limit is refused before any controller sees it. On the
 * survey import page the administrator is sent back to the page with the GOV.UK message;
 * anywhere else the exception goes on to Spring's own handling (413).
 */
@ControllerAdvice
class ImportUploadTooBig {

	static final String FLASH = "importRefused";

	private static final Pattern IMPORT = Pattern.compile("/surveys/(\\d+)/import");

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooBig(MaxUploadSizeExceededException ex, HttpServletRequest request, RedirectAttributes redirect)
			throws MaxUploadSizeExceededException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher matcher = IMPORT.matcher(path);
		if (!matcher.matches()) {
			throw ex;
		}
		redirect.addFlashAttribute(FLASH, "survey.import.file.tooBig");
		return "redirect:/surveys/" + matcher.group(1) + "/import";
	}

}
