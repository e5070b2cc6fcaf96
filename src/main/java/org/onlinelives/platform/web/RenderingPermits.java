package org.onlinelives.platform.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How many documents are rendered at once. A PDF takes tens of megabytes of heap while it
 * is made: sixteen at once ran a node with a 192 MB heap out of memory, and on two cores
 * more than a few at once only make each one slower. A render waits for a permit up to a
 * limit, then the request is answered "busy" rather than queued without end.
 */
final class RenderingPermits {

	private final Semaphore permits;

	private final Duration wait;

	RenderingPermits(int concurrent, Duration wait) {
		if (concurrent < 1) {
			throw new IllegalArgumentException("onlinelives.pdf.concurrent-renders must be 1 or more");
		}
		this.permits = new Semaphore(concurrent, true);
		this.wait = wait;
	}

	<T> T run(Supplier<T> render) {
		boolean acquired;
		try {
			acquired = this.permits.tryAcquire(this.wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServiceBusyException("Interrupted while waiting to render a document");
		}
		if (!acquired) {
			throw new ServiceBusyException("Every document renderer stayed busy for " + this.wait.toSeconds() + " s");
		}
		try {
			return render.get();
		}
		finally {
			this.permits.release();
		}
	}

}
