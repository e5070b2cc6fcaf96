/**
 * Scheduled jobs, and the one place that makes each run on one node at a time when the
 * application runs on several nodes over one database.
 */
@org.springframework.modulith.NamedInterface("scheduling")
package org.onlinelives.platform.scheduling;
