package org.ddc.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ddc.analysis.Sizing;
import org.ddc.analysis.StorageCapacity;
import org.ddc.analysis.StorageLoad;
import org.ddc.dsl.validation.Finding;
import org.ddc.model.DdcFactory;
import org.ddc.model.Design;
import org.ddc.model.DiskGroup;
import org.ddc.model.RaidLevel;
import org.ddc.model.SizingPolicy;
import org.ddc.model.StorageSystem;
import org.ddc.model.units.DataSize;
import org.ddc.model.units.IoRate;
import org.ddc.model.units.Percentage;
import org.ddc.rules.step4.StorageSwitchHandlesPeakIo;
import org.junit.jupiter.api.Test;

/** Step 4 rules beyond their firing and passing examples, and the storage arithmetic they rely on. */
class Step4RulesTest {

	private static DiskGroup group(int count, String size, String iops, RaidLevel raid, int spares) {
		DiskGroup group = DdcFactory.eINSTANCE.createDiskGroup();
		group.setCount(count);
		group.setSize(DataSize.valueOf(size));
		if (iops != null) {
			group.setIopsPerDisk(IoRate.valueOf(iops));
		}
		if (raid != null) {
			group.setRaid(raid);
		}
		group.setHotSpares(spares);
		return group;
	}

	@Test
	void usableCapacity_deductsRaidOverheadAndHotSpares() {
		// 12 disks of 1 TB, 2 hot spares: 10 active
		assertEquals(5 * 1024 * 1024, StorageCapacity.usableMb(group(12, "1 TB", null, RaidLevel.RAID10, 2)), 1);
		assertEquals(9 * 1024 * 1024, StorageCapacity.usableMb(group(12, "1 TB", null, RaidLevel.RAID5, 2)), 1);
		assertEquals(8 * 1024 * 1024, StorageCapacity.usableMb(group(12, "1 TB", null, RaidLevel.RAID6, 2)), 1);
		assertEquals(10 * 1024 * 1024, StorageCapacity.usableMb(group(12, "1 TB", null, RaidLevel.RAID0, 2)), 1);
		assertEquals(10 * 1024 * 1024, StorageCapacity.usableMb(group(12, "1 TB", null, null, 2)), 1);
		assertEquals(0, StorageCapacity.usableMb(group(2, "1 TB", null, RaidLevel.RAID6, 1)), 0);
	}

	@Test
	void frontEndIops_paysTheWritePenaltyAtTheReadWriteMix() {
		assertEquals(2, StorageCapacity.writePenalty(RaidLevel.RAID10));
		assertEquals(2, StorageCapacity.writePenalty(RaidLevel.RAID1));
		assertEquals(4, StorageCapacity.writePenalty(RaidLevel.RAID5));
		assertEquals(6, StorageCapacity.writePenalty(RaidLevel.RAID6));
		// 10 active disks × 130 IOPS = 1,300 back-end IOPS
		DiskGroup raid10 = group(11, "600 GB", "130 IOPS", RaidLevel.RAID10, 1);
		assertEquals(1300, StorageCapacity.rawIops(raid10), 0.01);
		assertEquals(1000, StorageCapacity.frontEndIops(raid10, 0.7), 0.01); // 0.7 + 0.3 × 2 = 1.3
		assertEquals(1300 / 1.9, StorageCapacity.frontEndIops(group(11, "600 GB", "130 IOPS", RaidLevel.RAID5, 1),
				0.7), 0.01);
		assertEquals(1300 / 2.5, StorageCapacity.frontEndIops(group(11, "600 GB", "130 IOPS", RaidLevel.RAID6, 1),
				0.7), 0.01);
	}

	@Test
	void readShareAndIoSize_areThePolicys_andTheFormerConstantsWithout() {
		Design design = DdcFactory.eINSTANCE.createDesign();
		assertEquals(0.7, StorageCapacity.readShare(design), 1e-9);
		assertEquals(32, StorageLoad.ioSizeKb(design), 1e-9);
		assertEquals(32 * 1024 * 8 / 1e6, StorageLoad.mbpsPerIops(null), 1e-9);
		assertEquals(4096, Sizing.hostReserveMb(design), 1e-9);
		SizingPolicy policy = DdcFactory.eINSTANCE.createSizingPolicy();
		design.setPolicy(policy);
		assertEquals(0.7, StorageCapacity.readShare(design), 1e-9, "a policy without read-ratio keeps the default");
		policy.setReadRatio(Percentage.valueOf("60 %"));
		policy.setIoSize(DataSize.valueOf("64 KB"));
		policy.setHostReserve(DataSize.valueOf("6 GB"));
		assertEquals(0.6, StorageCapacity.readShare(design), 1e-9);
		assertEquals(64, StorageLoad.ioSizeKb(design), 1e-9);
		assertEquals(64 * 1024 * 8 / 1e6, StorageLoad.mbpsPerIops(design), 1e-9);
		assertEquals(6144, Sizing.hostReserveMb(design), 1e-9);
	}

	@Test
	void peakStorageTraffic_usesThePolicysIoSize() {
		String design = new StorageSwitchHandlesPeakIo().passingExample();
		assertEquals(List.of(), Designs.of("IPD-4-22", Designs.validate(design)));
		// 20,000 IOPS × 256 KB = 42 Gbps over two switches whose two storage-processor links carry 20 Gbps each
		List<Finding> findings = Designs.of("IPD-4-22",
				Designs.validate("design D { policy { io-size 256 KB } }\n" + design));
		assertEquals(2, findings.size(), Designs.describe(findings));
		assertTrue(findings.get(0).message().contains("× 256 KB assumed per I/O"), findings.get(0).message());
	}

	@Test
	void iops_atThePolicysReadWriteMix() {
		String design = """
				workload DB { memory 16 GB iops 1000 IOPS group G }
				workload-group G { host-design H }
				host-design H { quantity 2 storage SAN-1 }
				storage-system SAN-1 { type san protocol iscsi disks 10 x 600 GB sas-15k 140 IOPS raid-10 }
				""";
		// 1,400 back-end IOPS: 70/30 with RAID 10 gives 1,077; 30/70 gives 1,400 / 1.7 = 824, below 1,000
		assertEquals(List.of(), Designs.of("IPD-4-02", Designs.validate(design)));
		List<Finding> findings = Designs.of("IPD-4-02",
				Designs.validate("design D { policy { read-ratio 30 % } }\n" + design));
		assertEquals(1, findings.size(), Designs.describe(findings));
		assertTrue(findings.get(0).message().contains("30/70 read/write"), findings.get(0).message());
	}

		@Test
	void storageSystem_addsItsGroups_andKnowsWhetherAllAreRated() {
		StorageSystem storage = DdcFactory.eINSTANCE.createStorageSystem();
		storage.getDiskGroups().add(group(11, "600 GB", "130 IOPS", RaidLevel.RAID10, 1));
		storage.getDiskGroups().add(group(8, "4 TB", null, RaidLevel.RAID6, 0));
		assertEquals(5 * 600 * 1024 + 6 * 4 * 1024 * 1024, StorageCapacity.usableMb(storage), 1);
		assertEquals(false, StorageCapacity.iopsKnown(storage));
		assertEquals(1000, StorageCapacity.frontEndIops(storage, 0.7), 0.01);
		assertEquals(1, StorageCapacity.hotSpares(storage));
	}

	private static final String CAPACITY = """
			design D { policy { growth 25 %% } }
			workload APP { memory 4 GB disk 2 TB iops 500 IOPS group G }
			workload-group G { host-design H }
			host-design H { quantity 2 storage SAN-1 }
			storage-system SAN-1 { type san protocol iscsi %s }
			""";

	@Test
	void capacity_raid5UsesAllButOneDisk_whereRaid10WouldNotSuffice() {
		// 8 disks, 1 spare: RAID 10 gives 3 × 600 GB, RAID 5 gives 6 × 600 GB = 3.5 TB ≥ 2.5 TB
		assertEquals(1, Designs.of("IPD-4-01", Designs.validate(CAPACITY.formatted(
				"disks 8 x 600 GB sas-15k raid-10 hot-spares 1"))).size());
		assertEquals(List.of(), Designs.of("IPD-4-01", Designs.validate(CAPACITY.formatted(
				"disks 8 x 600 GB sas-15k raid-5 hot-spares 1"))));
	}

	@Test
	void capacity_hotSparesHoldNoData() {
		// 6 × 600 GB RAID 5 = 3 TB without spares; with 2 hot spares only 3 × 600 GB = 1.8 TB < 2.5 TB
		assertEquals(List.of(), Designs.of("IPD-4-01", Designs.validate(CAPACITY.formatted(
				"disks 6 x 600 GB sas-15k raid-5"))));
		List<Finding> findings = Designs.of("IPD-4-01", Designs.validate(CAPACITY.formatted(
				"disks 6 x 600 GB sas-15k raid-5 hot-spares 2")));
		assertEquals(1, findings.size());
		assertTrue(findings.get(0).message().contains("2 hot spares"), findings.get(0).message());
	}

	@Test
	void capacity_countsBackupCopiesOnTheTarget() {
		String design = """
				design D { policy { growth 25 % } }
				workload APP { memory 4 GB disk 4 TB group G }
				workload-group G { host-design H }
				host-design H { quantity 2 storage SAN-1 }
				storage-system SAN-1 { type san protocol iscsi disks 24 x 1 TB nl-sas raid-6 hot-spares 1 }
				storage-system BK-1 { type das protocol sas disks 7 x 1 TB nl-sas raid-6 hot-spares 1 }
				backup-plan BK { approach vss-snapshot workloads APP target BK-1 }
				""";
		List<Finding> findings = Designs.of("IPD-4-01", Designs.validate(design));
		assertEquals(1, findings.size(), Designs.describe(findings));
		assertTrue(findings.get(0).message().startsWith("storage system BK-1"), findings.get(0).message());
		assertTrue(findings.get(0).message().contains("backup copy"), findings.get(0).message());
	}

	@Test
	void capacity_directAttachedStorageCountsOncePerHost() {
		String design = """
				workload APP { memory 4 GB disk 4 TB group G }
				workload-group G { host-design H }
				host-design H { quantity 4 storage DAS-1 }
				storage-system DAS-1 { type das protocol sas disks 4 x 600 GB sas-10k raid-10 }
				""";
		// 4 hosts × 1.2 TB = 4.7 TB ≥ 4 TB
		assertEquals(List.of(), Designs.of("IPD-4-01", Designs.validate(design)));
	}

	@Test
	void iops_isNotDecidedWhileSomeDisksAreUnrated() {
		String design = """
				workload DB { memory 16 GB iops 5000 IOPS group G }
				workload-group G { host-design H }
				host-design H { quantity 2 storage SAN-1 }
				storage-system SAN-1 { type san protocol iscsi disks 12 x 600 GB sas-15k 180 IOPS raid-10
					disks 8 x 800 GB ssd raid-10 }
				""";
		// no shortfall is reported (the unrated SSDs may make up for it): the check says it could not run
		List<Finding> found = Designs.of("IPD-4-02", Designs.validate(design));
		assertEquals(1, found.size(), Designs.describe(found));
		assertTrue(found.get(0).message().startsWith("not checked: storage system SAN-1 has disks without a per-disk "
				+ "IOPS rating"), found.get(0).message());
	}

	@Test
	void iops_shortfallIsReportedOnce_byIpd402NotAlsoByIpd406() {
		String design = """
				design D { policy { peak-buffer 20 % growth 25 % } }
				workload DB { memory 16 GB iops 5000 IOPS group G }
				workload-group G { host-design H }
				host-design H { quantity 2 storage SAN-1 }
				storage-system SAN-1 { type san protocol iscsi disks 12 x 600 GB sas-15k 180 IOPS raid-6 }
				""";
		List<Finding> findings = Designs.validate(design);
		assertEquals(1, Designs.of("IPD-4-02", findings).size());
		assertTrue(Designs.of("IPD-4-02", findings).get(0).message().contains("70/30"));
		assertEquals(List.of(), Designs.of("IPD-4-06", findings));
	}

	@Test
	void nas_smbSharesAreAcceptedFromHyperV2012() {
		String design = """
				design D { platform %s }
				host-design H { quantity 2 storage SOFS }
				storage-system SOFS { type nas protocol smb }
				""";
		assertEquals(1, Designs.of("IPD-4-04", Designs.validate(design.formatted("hyperv-2008-r2"))).size());
		assertEquals(List.of(), Designs.of("IPD-4-04", Designs.validate(design.formatted("hyperv-2012-r2"))));
	}

	@Test
	void smb3Share_holdingVms_isSizedForCapacityAndIopsLikeASan() {
		// 8 × 600 GB RAID 10 = 2,400 GB usable, 8 × 180 = 1,440 raw IOPS (2,400 GB < 3 × 1,000 GB of VM disks;
		// 1,440 < 3 × 600 IOPS even before the write penalty): on 2012 R2 the share holds the VMs, so both checks run
		String design = """
				design D { platform %s }
				workload W { memory 4 GB disk 1000 GB iops 600 IOPS instances 3 group G }
				workload-group G { host-design H }
				host-design H { quantity 3 storage SOFS }
				storage-system SOFS { type nas protocol smb disks 8 x 600 GB sas-15k 180 IOPS raid-10 }
				""";
		List<Finding> on2012 = Designs.validate(design.formatted("hyperv-2012-r2"));
		assertEquals(1, Designs.of("IPD-4-01", on2012).size(), Designs.describe(on2012));
		assertEquals(1, Designs.of("IPD-4-02", on2012).size(), Designs.describe(on2012));
		assertEquals(List.of(), Designs.of("IPD-4-04", on2012));
		// on 2008 R2 the share cannot hold VMs: one finding says so, no sizing of storage that holds nothing
		List<Finding> on2008 = Designs.validate(design.formatted("hyperv-2008-r2"));
		assertEquals(1, Designs.of("IPD-4-04", on2008).size());
		assertEquals(List.of(), Designs.of("IPD-4-01", on2008));
		assertEquals(List.of(), Designs.of("IPD-4-02", on2008));
	}

	@Test
	void iscsi_hbasCountAsDedicatedAdapters() {
		String design = """
				storage-system SAN-1 { type san protocol iscsi }
				host-design H { quantity 2 storage SAN-1
					hba I-1 iscsi purpose guest-storage
					hba I-2 iscsi purpose guest-storage }
				""";
		assertEquals(List.of(), Designs.of("IPD-4-20", Designs.validate(design)));
	}

	@Test
	void bootFromSan_withoutBootHbas_isSharingTheVmStorageHbas() {
		String design = """
				host-design H { quantity 2 boot-from-san yes
					hba HBA-1 fibre-channel purpose guest-storage
					hba HBA-2 fibre-channel purpose guest-storage }
				""";
		List<Finding> findings = Designs.validate(design);
		assertEquals(1, Designs.of("IPD-4-17", findings).size());
		assertEquals(1, Designs.of("IPD-4-18", findings).size());
	}

	@Test
	void backup_workloadsOutsideEveryPlanAreReported_andCoverageThroughGroupsCounts() {
		String design = """
				workload A { memory 4 GB group G rpo 24 h rto 8 h }
				workload B { memory 4 GB rpo 24 h rto 8 h }
				workload-group G { }
				backup-plan BK { approach vss-snapshot groups G }
				""";
		List<Finding> findings = Designs.of("IPD-4-36", Designs.validate(design));
		assertEquals(1, findings.size(), Designs.describe(findings));
		assertTrue(findings.get(0).message().startsWith("workload B"), findings.get(0).message());
	}

	@Test
	void vhdCopy_isReportedForShortRto() {
		String design = """
				workload DB { memory 16 GB rpo 15 min rto 30 min }
				backup-plan BK { approach vhd-copy workloads DB }
				""";
		assertEquals(1, Designs.of("IPD-4-37", Designs.validate(design)).size());
	}

	@Test
	void iscsi_throughOneHba_isReportedOnTheHba_withHbaAdvice() {
		String design = """
				storage-switch ISW-A { protocol ethernet ports 24 partner ISW-B }
				storage-switch ISW-B { protocol ethernet ports 24 partner ISW-A }
				storage-system SAN-1 { type san protocol iscsi }
				host-design H { quantity 2 storage SAN-1
					adapter NIC-MGMT ports 1 speed 1 Gbps purpose host-management
					hba ISCSI-A iscsi ports 1 speed 10 Gbps purpose guest-storage switch ISW-A }
				""";
		List<Finding> findings = Designs.of("IPD-4-20", Designs.validate(design));
		assertEquals(1, findings.size(), Designs.describe(findings));
		assertEquals("host design H uses iSCSI storage SAN-1 through one iSCSI HBA, ISCSI-A: dedicate at least two to "
				+ "the iSCSI network — add a second iSCSI HBA ('hba <name> iscsi purpose guest-storage switch <storage "
				+ "switch>'), on another storage switch than ISW-A (its partner ISW-B)", findings.get(0).message());
		assertEquals(Designs.position(design, 6, "ISCSI-A"), Designs.position(findings.get(0)));
	}

	@Test
	void iscsi_throughAdapters_isReportedOnTheAdapterThatAlsoCarriesOtherTraffic() {
		String design = new org.ddc.rules.step4.IscsiHasTwoDedicatedAdapters().firingExample();
		List<Finding> findings = Designs.of("IPD-4-20", Designs.validate(design));
		assertEquals(1, findings.size(), Designs.describe(findings));
		assertEquals("host design H uses iSCSI storage SAN-1 with one connection, adapter NIC-1, dedicated to iSCSI: "
				+ "adapter NIC-2 also carries guest-traffic — dedicate at least two adapters to the iSCSI network: make "
				+ "NIC-2 'purpose iscsi' alone and move the other traffic to adapters of its own",
				findings.get(0).message());
		assertEquals(Designs.position(design, 4, "iscsi"), Designs.position(findings.get(0)));
	}

	@Test
	void iscsi_withNothingConnected_isReportedOnTheStorageReference() {
		String design = """
				storage-system SAN-1 { type san protocol iscsi }
				host-design H { quantity 2 storage SAN-1
					adapter NIC-MGMT ports 1 speed 1 Gbps purpose host-management }
				""";
		List<Finding> findings = Designs.of("IPD-4-20", Designs.validate(design));
		assertEquals(1, findings.size(), Designs.describe(findings));
		assertTrue(findings.get(0).message().startsWith("host design H uses iSCSI storage SAN-1 but no adapter or HBA "
				+ "of it connects to the iSCSI network"), findings.get(0).message());
		assertEquals(Designs.position(design, 2, "SAN-1"), Designs.position(findings.get(0)));
	}

	private static final String BACKUP_IO = """
			design D { policy { peak-buffer 20 %% growth 25 %% %s } }
			workload DB { memory 16 GB disk 500 GB iops 2000 IOPS group G }
			workload-group G { host-design H }
			host-design H { quantity 2 storage SAN-1 }
			storage-system SAN-1 { type san protocol iscsi disks %d x 600 GB sas-15k 180 IOPS raid-10 hot-spares 1 }
			storage-system BK-1 { type das protocol sas disks 8 x 4 TB nl-sas 75 IOPS raid-6 }
			backup-plan BK { approach vss-snapshot workloads DB target %s }
			""";

	@Test
	void backupIo_isBudgetedOnTheStorageTheBackupsReadFrom() {
		// 23 active disks × 180 IOPS = 4,140 back-end IOPS / (0.7 + 0.3 × 2) = 3,185 IOPS; the workload needs
		// 2,000 × 1.2 × 1.25 = 3,000; with 20 % backup I/O (400 IOPS): 2,400 × 1.5 = 3,600
		String design = BACKUP_IO.formatted("backup-io 20 %", 24, "BK-1");
		List<Finding> findings = Designs.validate(design);
		assertEquals(List.of(), Designs.of("IPD-4-06", findings), "the array carries the workload with its buffer");
		List<Finding> own = Designs.of("IPD-4-08", findings);
		assertEquals(1, own.size(), Designs.describe(findings));
		assertEquals("storage system SAN-1 delivers 3,185 IOPS: enough for its workloads with peak buffer and growth "
				+ "(3,000 IOPS), not for the backup I/O on top: (2,000 IOPS of the workloads of H + 400 IOPS of backup "
				+ "I/O) × 1.50 for peak buffer and growth = 3,600 IOPS; the backup I/O is 'backup-io 20 %' of the 2,000 "
				+ "IOPS the backups read from SAN-1; assuming 70/30 read/write with RAID write penalty RAID 10: 2 — add "
				+ "disks or faster disks, or lower the backup load", own.get(0).message());
		assertEquals(Designs.position(design, 5, "disks"), Designs.position(own.get(0)));
		// 27 active disks: 4,860 / 1.3 = 3,738 IOPS ≥ 3,600
		assertEquals(List.of(), Designs.of("IPD-4-08", Designs.validate(BACKUP_IO.formatted("backup-io 20 %", 28,
				"BK-1"))));
		// the dedicated backup target BK-1 holds no VMs: neither its writes nor its separation are reported
		assertEquals(List.of(), separation(findings));
	}

	/** IPD-0-08's findings about backups kept on the storage that holds the VMs they protect. */
	private static List<Finding> separation(List<Finding> findings) {
		return Designs.of("IPD-0-08", findings).stream().filter(f -> f.message().contains("keeps its backups")).toList();
	}

	@Test
	void backupIo_targetOnTheVmArray_addsTheWrites_andTheSharedFailureIsIpd008s() {
		// 3,738 IOPS; the backups read 400 and write 400 more: (2,000 + 800) × 1.5 = 4,200
		List<Finding> findings = Designs.validate(BACKUP_IO.formatted("backup-io 20 %", 28, "SAN-1"));
		List<Finding> own = Designs.of("IPD-4-08", findings);
		assertEquals(1, own.size(), Designs.describe(findings));
		assertTrue(own.get(0).message().contains("(2,000 IOPS of the workloads of H + 800 IOPS of backup I/O) × 1.50 "
				+ "for peak buffer and growth = 4,200 IOPS; the backup I/O is 'backup-io 20 %' of the 2,000 IOPS the "
				+ "backups read from SAN-1 and of the 2,000 IOPS that BK writes to it as target"), own.get(0).message());
		assertTrue(own.get(0).message().endsWith("or write the backups to storage that holds no VMs"),
				own.get(0).message());
		List<Finding> separation = separation(findings);
		assertEquals(1, separation.size(), Designs.describe(findings));
		assertEquals("backup plan BK keeps its backups on SAN-1, which also holds the VMs of H: one failure of SAN-1 "
				+ "loses the workloads and their backups together — target a storage system that holds no VMs "
				+ "(redundant storage of data)", separation.get(0).message());
	}

	@Test
	void backupIo_notStated_isOneNotCheckedInfo_andAShortfallWithoutBackupsIsIpd406s() {
		List<Finding> own = Designs.of("IPD-4-08", Designs.validate(BACKUP_IO.formatted("", 24, "BK-1")));
		assertEquals(1, own.size(), Designs.describe(own));
		assertEquals(org.ddc.rules.Severity.INFO, own.get(0).severity());
		assertEquals("not checked: the design does not say how much I/O its backups add to the storage they read from "
				+ "(SAN-1): set 'backup-io' in the design's policy, the backup I/O as a share of the backed-up "
				+ "workloads' IOPS (e.g. 'backup-io 20 %')", own.get(0).message());
		// 19 active disks: 3,420 / 1.3 = 2,631 IOPS < 3,000 before any backup: IPD-4-06's finding, not IPD-4-08's
		List<Finding> findings = Designs.validate(BACKUP_IO.formatted("backup-io 20 %", 20, "BK-1"));
		assertEquals(1, Designs.of("IPD-4-06", findings).size(), Designs.describe(findings));
		assertEquals(List.of(), Designs.of("IPD-4-08", findings));
	}

	@Test
	void backupProduct_withoutItsServerOrTarget_isReported() {
		String design = """
				workload DB { memory 16 GB }
				backup-plan BK { approach vss-snapshot product "System Center Data Protection Manager" workloads DB
					covers-infrastructure yes }
				""";
		List<Finding> own = Designs.of("IPD-4-40", Designs.validate(design));
		assertEquals(1, own.size(), Designs.describe(own));
		assertEquals("backup plan BK names System Center Data Protection Manager, but no management server has role dpm "
				+ "and the plan names no target: nothing in the design runs these backups or keeps them — add the Data "
				+ "Protection Manager server ('management-server <name> { roles dpm … }') and the storage that holds "
				+ "its backups ('target')", own.get(0).message());
		assertEquals(Designs.position(design, 2, "\"System"), Designs.position(own.get(0)));
		assertEquals(List.of(), Designs.of("IPD-4-40", Designs.validate(design
				+ "management-server DPM-1 { roles dpm runs physical }\n")));
		// a product the model has no server role for: the target shows where the backups are kept
		String other = design.replace("System Center Data Protection Manager", "Contoso Backup 9");
		own = Designs.of("IPD-4-40", Designs.validate(other));
		assertEquals(1, own.size(), Designs.describe(own));
		assertTrue(own.get(0).message().startsWith("backup plan BK names Contoso Backup 9, which no management server "
				+ "role of the design stands for, and no target"), own.get(0).message());
		assertEquals(List.of(), Designs.of("IPD-4-40", Designs.validate(other.replace("covers-infrastructure yes",
				"covers-infrastructure yes target BK-1") + "storage-system BK-1 { type das protocol sas }\n")));
	}

	@Test
	void iopsThatCannotBeCompared_areSaidNotChecked() {
		String text = """
				workload DB { memory 16 GB disk 500 GB iops 2000 IOPS group G }
				workload-group G { host-design H }
				host-design H { quantity 2 storage SAN-1 }
				storage-system SAN-1 { type san protocol iscsi disks 12 x 600 GB sas-15k raid-5 hot-spares 1 }
				""";
		List<Finding> found = Designs.of("IPD-4-02", Designs.validate(text));
		assertEquals(1, found.size(), Designs.describe(found));
		assertEquals(org.ddc.rules.Severity.INFO, found.get(0).severity());
		assertTrue(found.get(0).message().startsWith("not checked: storage system SAN-1 has disks without a per-disk "
				+ "IOPS rating, so the 2,000 IOPS its hosts need cannot be compared"), found.get(0).message());
		List<Finding> noIops = Designs.of("IPD-4-02", Designs.validate(text.replace(" iops 2000 IOPS", "")
				.replace("sas-15k raid-5", "sas-15k 180 IOPS raid-5")));
		assertEquals(1, noIops.size(), Designs.describe(noIops));
		assertTrue(noIops.get(0).message().contains("state no 'iops'"), noIops.get(0).message());
		// with rated disks and the workloads' IOPS the comparison runs
		assertTrue(Designs.of("IPD-4-02", Designs.validate(text.replace("sas-15k raid-5", "sas-15k 180 IOPS raid-5")))
				.stream().noneMatch(f -> f.message().startsWith("not checked")));
	}
}
