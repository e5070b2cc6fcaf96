package org.onlinelives.platform.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A service in the partnership, with its single point of contact for online safety
 * (PRODUCT.md §10).
 */
@Table("agency")
public class Agency {

	@Id
	private Long id;

	private Long partnershipId;

	private String name;

	private AgencyType type;

	private String contactName;

	private String contactEmail;

	private String contactPhone;

	@Version
	private Long version;

	@PersistenceCreator
	Agency(Long id, Long partnershipId, String name, AgencyType type, String contactName, String contactEmail,
			String contactPhone, Long version) {
		this.id = id;
		this.partnershipId = partnershipId;
		this.name = name;
		this.type = type;
		this.contactName = contactName;
		this.contactEmail = contactEmail;
		this.contactPhone = contactPhone;
		this.version = version;
	}

	public static Agency create(Long partnershipId, String name, AgencyType type) {
		return new Agency(null, partnershipId, name, type, null, null, null, null);
	}

	public void describe(String name, AgencyType type) {
		this.name = name;
		this.type = type;
	}

	public void recordOnlineSafetyContact(String name, String email, String phone) {
		this.contactName = name;
		this.contactEmail = email;
		this.contactPhone = phone;
	}

	public boolean hasOnlineSafetyContact() {
		return this.contactName != null && !this.contactName.isBlank();
	}

	public Long getId() {
		return this.id;
	}

	public Long getPartnershipId() {
		return this.partnershipId;
	}

	public String getName() {
		return this.name;
	}

	public AgencyType getType() {
		return this.type;
	}

	public String getContactName() {
		return this.contactName;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public Long getVersion() {
		return this.version;
	}

}
