package org.onlinelives.strategy.web;

import java.util.List;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.HomeContributor;
import org.onlinelives.platform.web.HomePanel;
import org.onlinelives.strategy.plan.PartnershipPlan;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Audit actions agencies escalated stay on administrators' home page until each is placed
 * in the plan.
 */
@Component
class StrategyHomePanel implements HomeContributor {

	private final PartnershipPlan plan;

	private final MessageSource messages;

	StrategyHomePanel(PartnershipPlan plan, MessageSource messages) {
		this.plan = plan;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public List<HomePanel> panelsFor(SignedInUser user) {
		long waiting = this.plan.waitingCount(user);
		if (waiting == 0) {
			return List.of();
		}
		return List.of(new HomePanel("strategy.home.heading", "strategy.home.none",
				List.of(new HomePanel.Row(
						this.messages.getMessage("strategy.home.waiting", new Object[] { waiting },
								LocaleContextHolder.getLocale()),
						"/plan/escalations", "strategy.home.toPlace", "govuk-tag--yellow"))));
	}

}
