package org.onlinelives.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/**
 * Documents are rendered a few at a time: one more waits for a permit, and past the wait
 * the request is answered "busy" (503 with Retry-After), never queued without end.
 */
class RenderingPermitsTests {

	@Test
	void aRenderBeyondThePermitsWaitsThenIsBusy() throws Exception {
		RenderingPermits permits = new RenderingPermits(1, Duration.ofMillis(200));
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> permits.run(() -> {
			rendering.countDown();
			await(finish);
			return "first";
		}));
		assertThat(rendering.await(5, TimeUnit.SECONDS)).isTrue();

		assertThatThrownBy(() -> permits.run(() -> "second")).isInstanceOf(ServiceBusyException.class);

		finish.countDown();
		assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
		assertThat(permits.run(() -> "third")).as("the permit is given back, even after a failure").isEqualTo("third");
		assertThatThrownBy(() -> permits.run(() -> {
			throw new IllegalStateException("render failed");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(permits.run(() -> "fourth")).isEqualTo("fourth");
	}

	@Test
	void atLeastOnePermit() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RenderingPermits(0, Duration.ofSeconds(1)));
	}

	@Test
	void aBusyRendererIsAnswered503WithRetryAfter() throws ServletException, IOException {
		DatabaseBusyFilter filter = new DatabaseBusyFilter(mock(ITemplateEngine.class));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/young-people/1");
		request.setRequestURI("/api/v1/young-people/1");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> {
			throw new ServiceBusyException("Every document renderer stayed busy for 10 s");
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo(DatabaseBusyFilter.RETRY_AFTER_SECONDS);
		assertThat(response.getContentAsString()).contains("The service is busy");

		MockHttpServletResponse other = new MockHttpServletResponse();
		assertThatThrownBy(() -> filter.doFilter(request, other, (req, res) -> {
			throw new IllegalStateException("not a busy service");
		})).isInstanceOf(IllegalStateException.class);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
