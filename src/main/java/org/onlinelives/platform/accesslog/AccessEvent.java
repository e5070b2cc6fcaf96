package org.onlinelives.platform.accesslog;

/**
 * What happened. Each value has a plain-English label in messages.properties.
 */
public enum AccessEvent {

	SIGN_IN_SUCCEEDED, SIGN_IN_FAILED, SECOND_FACTOR_FAILED, ACCOUNT_LOCKED, SIGNED_OUT, SECOND_FACTOR_ENABLED,
	RECOVERY_CODE_USED, PASSWORD_CHANGED, SETUP_COMPLETED, INVITATION_SENT, INVITATION_ACCEPTED, INVITATION_REVOKED,
	ROLES_CHANGED, USER_DEACTIVATED, USER_REACTIVATED, PARTNERSHIP_SETTINGS_CHANGED, AGENCY_CREATED, AGENCY_CHANGED,
	TEAM_CREATED, RECORD_VIEWED, RECORD_CHANGED, RECORD_NOT_IN_SCOPE, EXPORTED,
	// issue 7: attacks that used to leave no trace, API tokens revoked with a password
	// change, and dormant accounts
	SIGN_IN_THROTTLED, API_TOKEN_REFUSED, API_TOKENS_REVOKED, DORMANCY_WARNED, DORMANT_DEACTIVATED,
	// retention and legal hold (issue 7)
	RETENTION_CHANGED, LEGAL_HOLD_PLACED, LEGAL_HOLD_LIFTED, RECORD_DELETED;

	public String messageKey() {
		return "access.event." + name();
	}

}
