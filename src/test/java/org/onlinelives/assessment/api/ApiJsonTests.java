package org.onlinelives.assessment.api;

import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.api.ApiRequests.AssessmentRequest;
import org.onlinelives.assessment.api.ApiRequests.YoungPersonRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ApiJsonTests {

	@Test
	void unknownPropertiesAre400AtTheirPath() {
		ApiBodyException ex = catchThrowableOfType(ApiBodyException.class, () -> ApiJson.read("application/json",
				"{\"concerns\":{\"radicalisation\":true,\"met\":true}}", AssessmentRequest.class));
		assertThat(ex.status()).isEqualTo(400);
		assertThat(ex.errors().get(0).field()).isEqualTo("concerns.met");
	}

	@Test
	void wrongValuesAre422AtTheirPath() {
		ApiBodyException ex = catchThrowableOfType(ApiBodyException.class, () -> ApiJson.read("application/json",
				"{\"tenCs\":{\"CONTENT\":{\"rating\":\"high\"}}}", AssessmentRequest.class));
		assertThat(ex.status()).isEqualTo(422);
		assertThat(ex.errors().get(0).field()).isEqualTo("tenCs.CONTENT.rating");
	}

	@Test
	void malformedEmptyAndNonJsonBodies() {
		assertThat(catchThrowableOfType(ApiBodyException.class,
				() -> ApiJson.read("application/json", "{", AssessmentRequest.class))
			.status()).isEqualTo(400);
		assertThat(catchThrowableOfType(ApiBodyException.class,
				() -> ApiJson.read("application/json", "", AssessmentRequest.class))
			.status()).isEqualTo(400);
		assertThat(catchThrowableOfType(ApiBodyException.class,
				() -> ApiJson.read("text/plain", "{}", AssessmentRequest.class))
			.status()).isEqualTo(415);
		assertThat(catchThrowableOfType(ApiBodyException.class,
				() -> ApiJson.read("application/json", "{} {}", AssessmentRequest.class))
			.status()).isEqualTo(400);
	}

	@Test
	void aBodyThatIsNotAnObjectIs400() {
		for (String body : java.util.List.of("null", " null ", "[]", "1", "\"text\"", "true")) {
			assertThat(catchThrowableOfType(ApiBodyException.class,
					() -> ApiJson.read("application/json", body, AssessmentRequest.class))
				.status()).as(body).isEqualTo(400);
			assertThat(catchThrowableOfType(ApiBodyException.class,
					() -> ApiJson.read("application/json", body, YoungPersonRequest.class))
				.status()).as(body).isEqualTo(400);
		}
	}

}
