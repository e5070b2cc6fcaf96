/**
 * Training pages: my training, the catalogue, coverage, evaluations and suggestions.
 */
package org.onlinelives.workforce.web;
