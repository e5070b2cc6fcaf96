package org.onlinelives.platform.web;

import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.onlinelives.platform.security.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Applies {@link DownloadLimits} to every PDF and export route, named by what it sends
 * ({@code .pdf}, {@code .csv}, {@code .xlsx}, {@code .zip}), so a module's new download
 * is limited without opting in.
 */
@Component
class DownloadLimitInterceptor implements HandlerInterceptor {

	private final DownloadLimits limits;

	DownloadLimitInterceptor(@Value("${onlinelives.downloads.max-per-minute:10}") int perMinute) {
		this.limits = new DownloadLimits(perMinute, io.github.bucket4j.TimeMeter.SYSTEM_MILLISECONDS);
	}

	static boolean isDownload(String path) {
		String lower = path.toLowerCase(java.util.Locale.ROOT);
		return lower.endsWith(".pdf") || lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".zip");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!isDownload(request.getRequestURI())) {
			return true;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			OptionalLong wait = this.limits.take(user.id());
			if (wait.isPresent()) {
				throw new TooManyDownloadsException(wait.getAsLong());
			}
		}
		return true;
	}

}
