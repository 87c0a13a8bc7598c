package org.ddc.rules.step4;

import org.ddc.model.BackupCapability;

/** IPD-4-33: the backup solution scales out horizontally, including multiple tape libraries (L434). */
public final class BackupScalesOut extends BackupCapabilityRule {

	public BackupScalesOut() {
		super("IPD-4-33",
				"the solution must scale out horizontally with the amount of data, including multiple tape libraries",
				BackupCapability.SCALE_OUT,
				BackupCapability.MULTIPLE_TAPE_LIBRARIES);
	}
}
