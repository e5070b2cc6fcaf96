package org.onlinelives.assessment.web;

import org.onlinelives.assessment.UploadRefusedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses any file upload to the assessment's pages and API before a controller sees it:
 * a multipart form, or a body sent as an image. Indecent images of children must never be
 * stored in case records (seed 003; PRODUCT.md §4), so nothing here accepts files.
 */
class UploadRefusal implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (isUpload(request.getContentType())) {
			throw new UploadRefusedException(request.getRequestURI());
		}
		return true;
	}

	static boolean isUpload(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return type.getType().equalsIgnoreCase("multipart") || type.getType().equalsIgnoreCase("image")
					|| type.getType().equalsIgnoreCase("video")
					|| type.isCompatibleWith(MediaType.APPLICATION_OCTET_STREAM);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
