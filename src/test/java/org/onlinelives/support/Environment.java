package org.onlinelives.support;

final class Environment {

	private Environment() {
	}

	/**
	 * CI sets CI (to anything but "false"); then services the tests need must be there.
	 */
	static boolean isCi() {
		String ci = System.getenv("CI");
		return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
	}

}
