package org.onlinelives.platform.web;

/**
 * A part of the home page that a module draws with its own template, for what does not
 * fit a {@link HomePanel} table (for example, a notification banner of urgent work). The
 * home page includes the fragment {@code home} of {@code template} with {@code content}
 * in scope, so it never knows the module's URLs or shapes.
 *
 * @param template the module's template, e.g. {@code assessment/home-urgent-prompts}
 * @param content what the fragment shows, read there as {@code content}
 */
public record HomeFragment(String template, Object content) {
}
