package org.ddc.rules.step4;

import org.ddc.model.BackupCapability;

/** IPD-4-32: the backup solution monitors the status of backup and restore operations and publishes alerts (L433). */
public final class BackupIntegratesWithMonitoring extends BackupCapabilityRule {

	public BackupIntegratesWithMonitoring() {
		super("IPD-4-32",
				"the solution must report the status of backup and restore operations and raise alerts on incidents",
				BackupCapability.MONITORING_ALERTS);
	}
}
