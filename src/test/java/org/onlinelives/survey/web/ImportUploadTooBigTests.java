package org.onlinelives.survey.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportUploadTooBigTests {

	private final ImportUploadTooBig advice = new ImportUploadTooBig();

	private final MaxUploadSizeExceededException tooBig = new MaxUploadSizeExceededException(22L * 1024 * 1024);

	@Test
	void anImportOverTheLimitGoesBackToTheUploadPageWithTheMessage() throws Exception {
		RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
		String view = this.advice.tooBig(this.tooBig, new MockHttpServletRequest("POST", "/surveys/42/import"),
				redirect);
		assertThat(view).isEqualTo("redirect:/surveys/42/import");
		assertThat(redirect.getFlashAttributes().get("importRefused")).isEqualTo("survey.import.file.tooBig");
	}

	@Test
	void anyOtherUploadIsLeftToSpring() {
		assertThatThrownBy(() -> this.advice.tooBig(this.tooBig,
				new MockHttpServletRequest("POST", "/young-people/1/notes"), new RedirectAttributesModelMap()))
			.isSameAs(this.tooBig);
	}

}
