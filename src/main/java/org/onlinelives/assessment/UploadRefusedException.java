package org.onlinelives.assessment;

/**
 * A file upload reached an assessment page or API route and was refused. Shared by the
 * web pages and the API, which each answer it in their own way.
 */
public class UploadRefusedException extends RuntimeException {

	public UploadRefusedException(String path) {
		super("File upload refused at " + path);
	}

}
