package org.onlinelives.casedata.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An export asked for with filters that cannot be read; the page itself shows the errors,
 * a download answers 400.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class BadFilterException extends RuntimeException {

	BadFilterException() {
		super("The filters cannot be read");
	}

}
