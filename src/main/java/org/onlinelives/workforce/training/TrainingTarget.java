package org.onlinelives.workforce.training;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The share of a partnership's practitioners who should hold current training at a level
 * (for example 100 % at practitioner level).
 */
@Table("training_target")
public class TrainingTarget {

	@Id
	private Long partnershipId;

	private TrainingLevel level;

	private int percent;

	@Version
	private Long version;

	@PersistenceCreator
	TrainingTarget(Long partnershipId, TrainingLevel level, int percent, Long version) {
		this.partnershipId = partnershipId;
		this.level = level;
		this.percent = percent;
		this.version = version;
	}

	/** Until an administrator sets one: every practitioner at practitioner level. */
	public static TrainingTarget defaultFor(Long partnershipId) {
		return new TrainingTarget(partnershipId, TrainingLevel.PRACTITIONER, 100, null);
	}

	/**
	 * @throws TrainingRuleException when the level is missing or the percentage is not 1
	 * to 100
	 */
	public void change(TrainingLevel newLevel, Integer newPercent) {
		if (newLevel == null) {
			throw new TrainingRuleException("level", "training.target.level.required");
		}
		if (newPercent == null || newPercent < 1 || newPercent > 100) {
			throw new TrainingRuleException("percent", "training.target.percent.range");
		}
		this.level = newLevel;
		this.percent = newPercent;
	}

	public Long getPartnershipId() {
		return this.partnershipId;
	}

	public TrainingLevel getLevel() {
		return this.level;
	}

	public int getPercent() {
		return this.percent;
	}

	public Long getVersion() {
		return this.version;
	}

}
