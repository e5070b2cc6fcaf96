/**
 * The administrators' access-log page: filters by person, event and date, paged.
 */
package org.onlinelives.platform.accesslog.web;
