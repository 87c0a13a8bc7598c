package org.ddc.rules.step4;

import org.ddc.model.BackupCapability;

/** IPD-4-34: the backup solution backs up and restores entire virtual workloads from a point in time (L435). */
public final class BackupRestoresWholeVirtualMachines extends BackupCapabilityRule {

	public BackupRestoresWholeVirtualMachines() {
		super("IPD-4-34",
				"the solution must back up and restore entire virtual workloads from a point in time",
				BackupCapability.VM_IMAGE_RESTORE);
	}
}
