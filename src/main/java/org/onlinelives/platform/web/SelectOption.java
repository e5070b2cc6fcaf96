package org.onlinelives.platform.web;

/**
 * One choice in a select list.
 */
public record SelectOption(String value, String label) {
}
