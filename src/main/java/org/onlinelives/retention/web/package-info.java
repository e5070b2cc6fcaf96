/**
 * Retention pages: what falls due for deletion soon, legal holds, and the schedule
 * administrators set.
 */
package org.onlinelives.retention.web;
