package org.onlinelives.platform.organisation;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's own partnership's settings; a saved change and its access-log entry
 * are one transaction.
 */
@Service
public class PartnershipSettings {

	private final Partnerships partnerships;

	private final AccessLog accessLog;

	private final PartnershipNames names;

	PartnershipSettings(Partnerships partnerships, AccessLog accessLog, PartnershipNames names) {
		this.partnerships = partnerships;
		this.accessLog = accessLog;
		this.names = names;
	}

	@Transactional(readOnly = true)
	public Partnership of(SignedInUser admin) {
		return this.partnerships.findById(admin.partnershipId()).orElseThrow();
	}

	/** Whether any partnership already has this name. */
	@Transactional(readOnly = true)
	public boolean nameTaken(String name) {
		return this.partnerships.existsByName(name);
	}

	/**
	 * Saves the administrator's changes to their partnership.
	 * @param summary the new settings, as the access log records them
	 */
	@Transactional
	public void save(SignedInUser admin, Partnership changed, String summary) {
		if (!changed.getId().equals(admin.partnershipId())) {
			throw new IllegalArgumentException("Only the administrator's own partnership");
		}
		this.partnerships.save(changed);
		this.names.forget(changed.getId());
		this.accessLog.record(admin, AccessEvent.PARTNERSHIP_SETTINGS_CHANGED, "partnership", changed.getId(), summary);
	}

}
