package org.ddc.rules.step4;

import org.ddc.model.BackupCapability;

/** IPD-4-35: the backup solution restores the data in the workloads into a recreated VM (L436). */
public final class BackupRestoresWorkloadData extends BackupCapabilityRule {

	public BackupRestoresWorkloadData() {
		super("IPD-4-35",
				"the solution must restore the data inside a workload into a recreated VM from a point in time",
				BackupCapability.DATA_RESTORE);
	}
}
