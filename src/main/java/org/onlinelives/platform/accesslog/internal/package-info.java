/**
 * The H2 trigger that keeps the access log append-only; not for use outside the access
 * log.
 */
package org.onlinelives.platform.accesslog.internal;
