package org.onlinelives.assessment.api;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.onlinelives.assessment.api.ApiProblem.FieldProblem;
import org.onlinelives.assessment.api.ApiRequests.AssessmentRequest;
import org.onlinelives.assessment.api.ApiRequests.YoungPersonRequest;
import org.onlinelives.assessment.api.ApiResponses.AssessmentResponse;
import org.onlinelives.assessment.api.ApiResponses.YoungPersonResponse;
import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.AssessmentAnswers;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.assessment.youngpeople.YoungPerson;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API for case management systems: create a young person, create and update an
 * assessment version, read its flags and prompts. Same scope and access log as the pages:
 * another agency's ids are 404.
 */
@RestController
@PreAuthorize("hasAnyRole('PRACTITIONER', 'AGENCY_LEAD')")
@Tag(name = "Assessments")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "400", description = "Malformed JSON or an unknown property",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiProblem.class)))
@ApiResponse(responseCode = "401", description = "No token, or a bad or revoked one",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiProblem.class)))
@ApiResponse(responseCode = "404", description = "No such record in your agency",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiProblem.class)))
@ApiResponse(responseCode = "422", description = "Unknown codes or values out of range, by field path",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiProblem.class)))
class AssessmentApiController {

	private final YoungPeopleService youngPeople;

	private final AssessmentService assessments;

	private final Catalogue catalogue;

	private final AssessmentRequestChecker checker;

	private final Clock clock;

	AssessmentApiController(YoungPeopleService youngPeople, AssessmentService assessments, Catalogue catalogue,
			Clock clock) {
		this.youngPeople = youngPeople;
		this.assessments = assessments;
		this.catalogue = catalogue;
		this.checker = new AssessmentRequestChecker(catalogue);
		this.clock = clock;
	}

	@PostMapping(path = "/api/v1/young-people")
	@Operation(summary = "Record a young person in your agency",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = YoungPersonRequest.class))))
	@ApiResponse(responseCode = "201", description = "Recorded")
	ResponseEntity<YoungPersonResponse> createYoungPerson(@AuthenticationPrincipal SignedInUser user,
			@RequestBody(required = false) String body,
			@RequestHeader(name = "Content-Type", required = false) String contentType) {
		YoungPersonRequest request = ApiJson.read(contentType, body, YoungPersonRequest.class);
		YoungPerson person = this.youngPeople.create(user, YoungPersonRequestChecker.details(user, request));
		return ResponseEntity.created(URI.create("/api/v1/young-people/" + person.getId()))
			.body(YoungPersonResponse.of(person, person.ageToday(this.clock)));
	}

	@GetMapping("/api/v1/young-people/{id}")
	@Operation(summary = "Read a young person's record")
	YoungPersonResponse youngPerson(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		YoungPerson person = this.youngPeople.view(user, id, "API");
		return YoungPersonResponse.of(person, person.ageToday(this.clock));
	}

	@PostMapping(path = "/api/v1/young-people/{id}/assessments")
	@Operation(summary = "Create an assessment version (a reassessment if there are earlier ones)",
			description = "Starts a new version from the answers given; with complete=true the rules run and the flags and prompts are fixed. If a version is already in progress it gets 409: update it instead.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = AssessmentRequest.class))))
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "409", description = "A version is already in progress",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ApiProblem.class)))
	ResponseEntity<AssessmentResponse> createAssessment(@AuthenticationPrincipal SignedInUser user,
			@PathVariable long id, @RequestBody(required = false) String body,
			@RequestHeader(name = "Content-Type", required = false) String contentType) {
		AssessmentRequest request = ApiJson.read(contentType, body, AssessmentRequest.class);
		AssessmentAnswers answers = this.checker.check(request);
		YoungPerson person = this.youngPeople.find(user, id);
		if (this.assessments.versions(user, person).stream().anyMatch((a) -> !a.complete())) {
			throw new InProgressException();
		}
		Assessment started = this.assessments.start(user, id);
		Assessment saved = this.assessments.record(user, id, started.getId(), started.getVersion(), answers,
				Boolean.TRUE.equals(request.complete()));
		return ResponseEntity.created(URI.create("/api/v1/young-people/" + id + "/assessments/" + saved.getId()))
			.body(response(user, saved));
	}

	@PutMapping(path = "/api/v1/young-people/{id}/assessments/{assessmentId}")
	@Operation(summary = "Update an assessment version in progress",
			description = "Send the version you read; if someone changed it since, 409. A completed version cannot be changed (409).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = AssessmentRequest.class))))
	@ApiResponse(responseCode = "409", description = "Stale version, or the version is complete",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ApiProblem.class)))
	AssessmentResponse updateAssessment(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@PathVariable long assessmentId, @RequestBody(required = false) String body,
			@RequestHeader(name = "Content-Type", required = false) String contentType) {
		AssessmentRequest request = ApiJson.read(contentType, body, AssessmentRequest.class);
		if (request.version() == null) {
			throw new ApiBodyException(422, "Send the version you read.",
					List.of(new FieldProblem("version", "Required for an update")));
		}
		AssessmentAnswers answers = this.checker.check(request);
		Assessment saved = this.assessments.record(user, id, assessmentId, request.version(), answers,
				Boolean.TRUE.equals(request.complete()));
		return response(user, saved);
	}

	@GetMapping("/api/v1/young-people/{id}/assessments/{assessmentId}")
	@Operation(summary = "Read an assessment version's flags and prompts",
			description = "For a version in progress, the flags and prompts are what the rules find so far (preview=true).")
	AssessmentResponse assessment(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@PathVariable long assessmentId) {
		return response(user, this.assessments.view(user, id, assessmentId, "API"));
	}

	private AssessmentResponse response(SignedInUser user, Assessment assessment) {
		return AssessmentResponse.of(assessment, this.catalogue,
				assessment.isComplete() ? null : this.assessments.preview(user, assessment));
	}

	/** A version is already being recorded. */
	static class InProgressException extends RuntimeException {

		InProgressException() {
			super("A version of this assessment is already in progress; update it instead");
		}

	}

}
