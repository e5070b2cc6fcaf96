package org.onlinelives.assessment.web;

/**
 * A file upload reached an assessment route and was refused.
 */
public class UploadRefusedException extends RuntimeException {

	public UploadRefusedException(String path) {
		super("File upload refused at " + path);
	}

}
