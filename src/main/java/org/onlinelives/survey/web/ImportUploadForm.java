package org.onlinelives.survey.web;

import org.springframework.web.multipart.MultipartFile;

/** The file chosen on the import page. */
record ImportUploadForm(MultipartFile file) {

	static ImportUploadForm empty() {
		return new ImportUploadForm(null);
	}

}
