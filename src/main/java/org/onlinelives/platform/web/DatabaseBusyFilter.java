package org.onlinelives.platform.web;

import java.io.IOException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A request that could not get a database connection within the pool's connection timeout
 * ({@code spring.datasource.hikari.connection-timeout}), or a document renderer within
 * its wait ({@link ServiceBusyException}), is answered 503 with a Retry-After header at
 * once: problem JSON under {@code /api/}, the service's error page elsewhere. The page is
 * rendered here, without the layout's signed-in parts, because anything that needs the
 * database would wait for the pool again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseBusyFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(DatabaseBusyFilter.class);

	static final String RETRY_AFTER_SECONDS = "5";

	private final ITemplateEngine templates;

	DatabaseBusyFilter(ITemplateEngine templates) {
		this.templates = templates;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException | IOException ex) {
			if (!busy(ex) || response.isCommitted()) {
				throw ex;
			}
			logger.warn("No database connection or renderer free for " + request.getMethod() + " "
					+ request.getRequestURI() + " within its timeout: answered 503");
			busy(request, response);
		}
	}

	private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.resetBuffer();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		response.setHeader("Cache-Control", "no-store");
		response.setCharacterEncoding("UTF-8");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
						+ "\"detail\":\"The service is busy. Nothing was saved. Try again in " + RETRY_AFTER_SECONDS
						+ " seconds.\"}");
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), RequestContextUtils.getLocale(request));
		context.setVariable("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		this.templates.process("error/5xx", context, response.getWriter());
	}

	static boolean busy(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof ServiceBusyException) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
