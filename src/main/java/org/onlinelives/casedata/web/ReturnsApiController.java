package org.onlinelives.casedata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.onlinelives.casedata.returns.DataReturn;
import org.onlinelives.casedata.returns.DataReturnService;
import org.onlinelives.casedata.web.ReturnsApiResponses.ReturnResponse;
import org.onlinelives.casedata.web.ReturnsApiResponses.ReturnsResponse;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Data returns for analysts' API tokens: the timetable's periods with who has submitted,
 * and each submitted return's figures, under the same disclosure control as the pages.
 * Scoped to the caller's partnership: another partnership's return is 404.
 */
@RestController
@PreAuthorize("hasRole('ANALYST')")
@Tag(name = "Data returns",
		description = "Agencies' data returns to the partnership (analysts' tokens only). "
				+ "Counts are disclosure-controlled: a withheld count is null with withheld true.")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "401", description = "No token, or a bad or revoked one",
		content = @Content(mediaType = "application/problem+json",
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "The token's owner is not an analyst",
		content = @Content(mediaType = "application/problem+json",
				schema = @Schema(implementation = ProblemDetail.class)))
class ReturnsApiController {

	private final DataReturnService returns;

	ReturnsApiController(DataReturnService returns) {
		this.returns = returns;
	}

	@GetMapping(path = "/api/v1/returns", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The return timetable's periods and who has submitted for each, latest period first")
	@ApiResponse(responseCode = "200", description = "The periods")
	ReturnsResponse list(@AuthenticationPrincipal SignedInUser user) {
		return ReturnsResponse.of(this.returns.overview(user));
	}

	@GetMapping(path = "/api/v1/returns/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "One submitted version of an agency's return, with its figures")
	@ApiResponse(responseCode = "200", description = "The return")
	@ApiResponse(responseCode = "404", description = "No such return in your partnership",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ReturnResponse one(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		DataReturn dataReturn = this.returns.find(user, id);
		return ReturnResponse.of(dataReturn, this.returns.agencyName(user, dataReturn.getAgencyId()));
	}

}
