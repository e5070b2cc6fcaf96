package org.onlinelives.strategy.web;

import java.lang.reflect.Constructor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.strategy.plan.Escalation;
import org.onlinelives.strategy.plan.PlanAction;
import org.onlinelives.strategy.plan.StrategicPriority;
import org.onlinelives.support.People;

import org.springframework.beans.BeanUtils;
import org.springframework.test.util.ReflectionTestUtils;

/** Plan actions, escalations and people for the strategy web slice, partnership 1. */
final class StrategySliceFixtures {

	private StrategySliceFixtures() {
	}

	static PlanAction action(long id, String title) {
		PlanAction action = PlanAction.create(1L,
				new PlanAction.Details(StrategicPriority.RAISING_AWARENESS, title,
						"Run an evening in each secondary school", null, null, LocalDate.of(2026, 7, 31), List.of()),
				1L, Instant.EPOCH);
		ReflectionTestUtils.setField(action, "id", id);
		ReflectionTestUtils.setField(action, "version", 2L);
		return action;
	}

	/**
	 * An escalated audit action from agency 2, waiting to be placed unless
	 * {@code placedUnder} is given.
	 */
	static Escalation escalation(long id, Long placedUnder) {
		try {
			Constructor<Escalation> constructor = Escalation.class.getDeclaredConstructor(Long.class, Long.class,
					Long.class, Long.class, Long.class, String.class, String.class, Integer.class, String.class,
					String.class, Instant.class, Long.class, Long.class, Instant.class, Long.class);
			return BeanUtils.instantiateClass(constructor, id, 1L, 2L, 7L, 11L, "1.2",
					"Staff know how to respond to sextortion", 1, "Train staff on sextortion",
					"Needs training across agencies", Instant.parse("2026-11-28T10:00:00Z"), placedUnder,
					(placedUnder != null) ? 3L : null, (placedUnder != null) ? Instant.EPOCH : null, 0L);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static User admin() {
		return People.person(1L, null, Role.PARTNERSHIP_ADMIN);
	}

	static User lead() {
		return People.person(1L, 2L, Role.AGENCY_LEAD);
	}

	static User analyst() {
		return People.person(1L, null, Role.ANALYST);
	}

	static User practitioner() {
		return People.person(1L, 2L, Role.PRACTITIONER);
	}

}
