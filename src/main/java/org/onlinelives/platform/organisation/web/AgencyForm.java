package org.onlinelives.platform.organisation.web;

import java.util.Optional;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.AgencyAdministration.AgencyDetails;
import org.onlinelives.platform.organisation.AgencyType;
import org.onlinelives.platform.web.FormValues;

record AgencyForm(
		@NotBlank(message = "{agency.name.required}") @Size(max = 200, message = "{agency.name.tooLong}") String name,
		@NotBlank(message = "{agency.type.required}") String type,
		@Size(max = 200, message = "{agency.contactName.tooLong}") String contactName,
		@Email(message = "{person.email.invalid}") @Size(max = 320,
				message = "{person.email.tooLong}") String contactEmail,
		@Pattern(regexp = "^$|^[0-9 +()-]{6,40}$", message = "{agency.contactPhone.invalid}") String contactPhone,
		String version) {

	static AgencyForm empty() {
		return new AgencyForm("", null, "", "", "", null);
	}

	static AgencyForm of(Agency agency) {
		return new AgencyForm(agency.getName(), agency.getType().name(), agency.getContactName(),
				agency.getContactEmail(), agency.getContactPhone(), String.valueOf(agency.getVersion()));
	}

	Optional<AgencyType> agencyType() {
		return FormValues.toEnum(AgencyType.class, this.type);
	}

	Optional<Long> expectedVersion() {
		return FormValues.toLong(this.version);
	}

	AgencyDetails details() {
		return new AgencyDetails(this.name, agencyType().orElseThrow(), this.contactName, this.contactEmail,
				this.contactPhone);
	}

}
