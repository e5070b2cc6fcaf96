package org.onlinelives.platform.organisation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.AgencyAdministration.AgencyDetails;
import org.onlinelives.platform.organisation.AgencyType;

record AgencyForm(
		@NotBlank(message = "{agency.name.required}") @Size(max = 200, message = "{agency.name.tooLong}") String name,
		@NotNull(message = "{agency.type.required}") AgencyType type,
		@Size(max = 200, message = "{agency.contactName.tooLong}") String contactName,
		@Email(message = "{person.email.invalid}") @Size(max = 320,
				message = "{person.email.tooLong}") String contactEmail,
		@Pattern(regexp = "^$|^[0-9 +()-]{6,40}$", message = "{agency.contactPhone.invalid}") String contactPhone,
		Long version) {

	static AgencyForm empty() {
		return new AgencyForm("", null, "", "", "", null);
	}

	static AgencyForm of(Agency agency) {
		return new AgencyForm(agency.getName(), agency.getType(), agency.getContactName(), agency.getContactEmail(),
				agency.getContactPhone(), agency.getVersion());
	}

	AgencyDetails details() {
		return new AgencyDetails(this.name, this.type, this.contactName, this.contactEmail, this.contactPhone);
	}

}
