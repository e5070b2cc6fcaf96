package org.onlinelives.platform.organisation;

/**
 * Published (synchronously) by the large-partnership profile once its generated
 * partnership, agencies and staff exist, so each module can add its own generated records
 * at the size asked for. Every choice is drawn from {@code seed}, so the same settings
 * give the same data.
 *
 * @param partnershipId the generated partnership
 * @param seed the random seed
 * @param youngPeople how many young people to spread over the agencies
 * @param assessmentVersions how many assessment versions to spread over them
 * @param auditYears how many yearly audit cycles to generate for every agency
 */
public record LargePartnershipCreated(long partnershipId, long seed, int youngPeople, int assessmentVersions,
		int auditYears) {
}
