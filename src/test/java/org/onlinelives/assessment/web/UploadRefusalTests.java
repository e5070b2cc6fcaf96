package org.onlinelives.assessment.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UploadRefusalTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "multipart/form-data; boundary=x|true", "image/jpeg|true", "IMAGE/PNG|true", "video/mp4|true",
					"application/octet-stream|true", "application/x-www-form-urlencoded|false",
					"application/json|false", "not a type|false" })
	void refusesFilesAndImagesOnly(String contentType, boolean refused) {
		assertThat(UploadRefusal.isUpload(contentType)).isEqualTo(refused);
	}

}
