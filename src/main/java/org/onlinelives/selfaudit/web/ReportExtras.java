package org.onlinelives.selfaudit.web;

import java.util.List;
import java.util.Map;

import org.onlinelives.selfaudit.audit.Audit;
import org.springframework.stereotype.Component;

/**
 * Parts of the report that come from elsewhere in the module, such as the action plan.
 */
@Component
class ReportExtras {

	void addTo(Audit audit, Map<String, Object> model) {
		model.put("actions", List.of());
	}

}
