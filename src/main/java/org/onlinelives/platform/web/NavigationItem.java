package org.onlinelives.platform.web;

/**
 * A link in the service navigation.
 */
public record NavigationItem(String path, String labelKey, boolean active) {
}
