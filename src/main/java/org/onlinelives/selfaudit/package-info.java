/**
 * Service self-audit: how well an agency responds to its clients' online lives (seed
 * 000). Audit cycles, scores with evidence and QA, results and proposed actions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service self-audit")
package org.onlinelives.selfaudit;
