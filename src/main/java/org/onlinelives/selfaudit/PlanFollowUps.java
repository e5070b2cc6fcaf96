package org.onlinelives.selfaudit;

import java.util.Collection;
import java.util.Map;

/**
 * Where escalated audit actions stand in the partnership's plan. The module keeping the
 * plan implements it; the self-audit shows the answer on the agency's action plan, and
 * works without it (an escalation then shows as sent).
 */
public interface PlanFollowUps {

	/** Follow-ups of those of the actions the plan has received, by audit action id. */
	Map<Long, PlanFollowUp> followUpsOf(long partnershipId, Collection<Long> auditActionIds);

	/**
	 * An escalated action as the plan has it.
	 *
	 * @param placed whether the partnership has linked it to an action in its plan
	 * @param planActionTitle that plan action's title, or null until placed
	 * @param statusKey message key of the plan action's status, or null
	 * @param ragKey message key of its red, amber or green rating, or null
	 * @param ragTagClass the GOV.UK tag colour for that rating, or null
	 * @param path where the plan action is shown, or null
	 */
	record PlanFollowUp(boolean placed, String planActionTitle, String statusKey, String ragKey, String ragTagClass,
			String path) {
	}

}
