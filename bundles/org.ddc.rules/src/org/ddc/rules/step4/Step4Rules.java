package org.ddc.rules.step4;

import java.util.List;

import org.ddc.rules.Rule;

/** The implemented rules of Step 4 of the planning guide, in catalog order. */
public final class Step4Rules {
	private Step4Rules() {
	}

	public static List<Rule> all() {
		return List.of(
				new StorageCoversCapacityWithGrowth(), // IPD-4-01
				new StorageMeetsIopsWithGrowth(), // IPD-4-02
				new NasNotUsedForVmStorage(), // IPD-4-04
				new DiskArrayIopsWithPeakBuffer(), // IPD-4-06
				new BackupIoBudgeted(), // IPD-4-08
				new StorageHasMultiplePaths(), // IPD-4-09
				new StorageHasHotSpares(), // IPD-4-10
				new StorageHasAutomaticDataRecovery(), // IPD-4-11
				new StorageHasRedundantPowerAndFans(), // IPD-4-12
				new DirectAttachedStorageNotClustered(), // IPD-4-13
				new StorageManagementPortRecorded(), // IPD-4-14
				new HostsReachStorageOverTwoPaths(), // IPD-4-15
				new HostHasTwoStorageControllersOnSeparateSwitches(), // IPD-4-16
				new BootFromSanHasTwoBootHbas(), // IPD-4-17
				new BootHbasNotSharedWithWorkloads(), // IPD-4-18
				new FibreChannelStorageHasTwoHbas(), // IPD-4-19
				new IscsiHasTwoDedicatedAdapters(), // IPD-4-20
				new StorageSwitchHandlesPeakIo(), // IPD-4-22
				new StorageInterconnectCarriesCrossTraffic(), // IPD-4-23
				new StorageSwitchHasEnoughPorts(), // IPD-4-24
				new FabricSwitchesServeEveryHostAndProcessor(), // IPD-4-25
				new IscsiSeparatedFromOtherTraffic(), // IPD-4-26
				new StorageSwitchHasRedundantPowerAndFans(), // IPD-4-27
				new StorageSwitchManagementPortRecorded(), // IPD-4-28
				new WorkloadHasRpoAndRto(), // IPD-4-30
				new BackupIntegratesWithMonitoring(), // IPD-4-32
				new BackupScalesOut(), // IPD-4-33
				new BackupRestoresWholeVirtualMachines(), // IPD-4-34
				new BackupRestoresWorkloadData(), // IPD-4-35
				new EveryWorkloadHasBackupApproach(), // IPD-4-36
				new VhdCopyAvoidsAvailableWorkloads(), // IPD-4-37
				new VssBackupLoadBudgeted(), // IPD-4-39
				new BackupCoversInfrastructureWithinRto(), // IPD-4-40
				new AgentPerVmAddsOverhead()); // IPD-4-41
	}
}
