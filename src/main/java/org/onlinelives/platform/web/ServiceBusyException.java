package org.onlinelives.platform.web;

/**
 * The service could not take on this request now (every permit for the work it needs was
 * in use for longer than it waits); answered 503 with Retry-After by
 * {@link DatabaseBusyFilter}, like a request that found no free database connection.
 */
public class ServiceBusyException extends RuntimeException {

	public ServiceBusyException(String message) {
		super(message);
	}

}
