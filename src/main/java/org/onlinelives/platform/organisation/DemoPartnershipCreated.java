package org.onlinelives.platform.organisation;

/**
 * Published (synchronously) by the demo profile once its fictional partnership, agencies
 * and people exist, so each module can add its own demo records.
 */
public record DemoPartnershipCreated(long partnershipId) {
}
