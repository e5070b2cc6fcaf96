/**
 * The token-authenticated JSON API under /api/v1 for case management systems, with its
 * problem responses and OpenAPI description.
 */
package org.onlinelives.assessment.api;
