package org.onlinelives.assessment.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.onlinelives.assessment.InvalidAnswerException;
import org.onlinelives.assessment.api.ApiProblem.FieldProblem;
import org.onlinelives.assessment.api.ApiRequests.YoungPersonRequest;
import org.onlinelives.assessment.youngpeople.YoungPerson;
import org.onlinelives.assessment.youngpeople.YoungPersonDetails;
import org.onlinelives.platform.security.SignedInUser;

/**
 * Checks a request to record a young person and names every field at fault by its JSON
 * path; the young person is in the caller's care unless the request names practitioners.
 */
final class YoungPersonRequestChecker {

	private YoungPersonRequestChecker() {
	}

	static YoungPersonDetails details(SignedInUser user, YoungPersonRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		if (request.caseReference() == null || request.caseReference().isBlank()) {
			problems.add(new FieldProblem("caseReference", "Required"));
		}
		if (request.gender() == null) {
			problems.add(new FieldProblem("gender", "Required"));
		}
		if (request.referralSource() == null) {
			problems.add(new FieldProblem("referralSource", "Required"));
		}
		if (request.age() == null && request.dateOfBirth() == null) {
			problems.add(new FieldProblem("age", "Give age or dateOfBirth"));
		}
		if (request.age() != null && request.dateOfBirth() != null) {
			problems.add(new FieldProblem("age", "Give age or dateOfBirth, not both"));
		}
		if (request.age() != null && (request.age() < YoungPerson.MIN_AGE || request.age() > YoungPerson.MAX_AGE)) {
			problems.add(new FieldProblem("age",
					"Must be from " + YoungPerson.MIN_AGE + " to " + YoungPerson.MAX_AGE + " but is " + request.age()));
		}
		if (!problems.isEmpty()) {
			throw new ApiBodyException(422, "Some values are missing or out of range.", problems);
		}
		Set<Long> practitioners = (request.practitionerIds() != null) ? Set.copyOf(request.practitionerIds())
				: Set.of(user.id());
		try {
			return new YoungPersonDetails(request.caseReference(), request.dateOfBirth(), request.age(),
					request.gender(), Boolean.TRUE.equals(request.onlineComponent()), request.platforms(),
					request.referralSource(), practitioners);
		}
		catch (NullPointerException ex) {
			throw new InvalidAnswerException("platforms", "A list holds an empty (null) item");
		}
	}

}
