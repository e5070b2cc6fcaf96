package org.onlinelives.platform.web;

/**
 * A person asked for more PDFs or exports than {@link DownloadLimits} allows; shown as
 * the service's 429 page with how long to wait.
 */
class TooManyDownloadsException extends RuntimeException {

	private final long retryAfterSeconds;

	TooManyDownloadsException(long retryAfterSeconds) {
		super("Too many downloads; retry after " + retryAfterSeconds + " seconds");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
