package org.ddc.analysis;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ddc.model.BackupPlan;
import org.ddc.model.Design;
import org.ddc.model.Hba;
import org.ddc.model.HbaPurpose;
import org.ddc.model.HostDesign;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.PortConnection;
import org.ddc.model.PlatformVersion;
import org.ddc.model.SizingPolicy;
import org.ddc.model.StorageProtocol;
import org.ddc.model.StorageSwitch;
import org.ddc.model.StorageSystem;
import org.ddc.model.StorageType;
import org.ddc.model.VirtualDisk;
import org.ddc.model.Workload;
import org.ddc.model.WorkloadGroup;

/**
 * The storage demand of a design, attributed to its storage systems and storage switches (Step 4). A host
 * design's in-scope workloads (all instances) are stored on its VM storage systems (those that are not NAS); when
 * it uses several, its demand is split in proportion to their usable capacity (data) and host-visible IOPS (I/O),
 * which amounts to checking them as one pool. A backup plan's target holds one full copy of the disks of the
 * in-scope workloads it covers. A direct-attached system named by a host design is one per host, so it counts once
 * per host. Storage traffic of a host is its workloads' IOPS × the I/O size ({@link #ioSizeKb}), spread over its
 * storage connections (HBAs by port count and iSCSI adapter ports) that name a storage switch; boot HBAs carry none.
 * IOPS are shared out at the design's read/write mix ({@link StorageCapacity#readShare}). Backups read the IOPS of
 * the workloads they cover from the systems those workloads are stored on, shared out like the workloads' own I/O,
 * and write the same again to their target ({@link #backedUpIops}, {@link #backupTargetIops}); the design's
 * 'backup-io' says how much I/O that is ({@link #backupIoShare}).
 */
public final class StorageLoad {
	/** The I/O size assumed to turn IOPS into storage throughput when the design's policy does not say ('io-size'). */
	public static final int IO_SIZE_KB = 32;

	/** Demand on one storage system: VM data, backup copies (MB) and workload IOPS, before growth. */
	public record Load(double vmDataMb, double backupMb, double iops, List<HostDesign> hostDesigns,
			boolean shared) {
		public double dataMb() {
			return vmDataMb + backupMb;
		}
	}

	private final DesignIndex index;
	private final Map<StorageSystem, double[]> loads = new IdentityHashMap<>();
	private final Map<StorageSystem, Boolean> sharedLoads = new IdentityHashMap<>();
	private final Map<StorageSwitch, Double> switchMbps = new LinkedHashMap<>();
	/** Per host design: its VM storage systems and the share of its IOPS each one serves. */
	private final Map<HostDesign, Map<StorageSystem, Double>> iopsShares = new IdentityHashMap<>();
	/** Per storage system: IOPS of the workloads stored on it that backup plans cover (once per plan). */
	private final Map<StorageSystem, Double> backedUp = new IdentityHashMap<>();
	/** Per storage system: IOPS of the workloads whose backups plans write to it. */
	private final Map<StorageSystem, Double> backupTargets = new IdentityHashMap<>();

	private StorageLoad(DesignIndex index) {
		this.index = index;
		double readShare = StorageCapacity.readShare(index.design());
		for (HostDesign host : index.all(HostDesign.class)) {
			List<StorageSystem> systems = vmStorage(host, index.platform());
			if (systems.isEmpty()) {
				continue;
			}
			double data = 0;
			for (Workload workload : index.workloadsOn(host)) {
				data += diskMb(workload);
			}
			double iops = hostIops(host);
			double totalCapacity = systems.stream().mapToDouble(this::usableMb).sum();
			double totalIops = systems.stream().mapToDouble(s -> frontEndIops(s, readShare)).sum();
			Map<StorageSystem, Double> shares = new LinkedHashMap<>();
			iopsShares.put(host, shares);
			for (StorageSystem storage : systems) {
				double dataShare = totalCapacity > 0 ? usableMb(storage) / totalCapacity : 1.0 / systems.size();
				double iopsShare = totalIops > 0 ? frontEndIops(storage, readShare) / totalIops
						: 1.0 / systems.size();
				shares.put(storage, iopsShare);
				double[] load = loads.computeIfAbsent(storage, k -> new double[3]);
				load[0] += data * dataShare;
				load[2] += iops * iopsShare;
				if (systems.size() > 1) {
					sharedLoads.put(storage, true);
				}
			}
			addSwitchTraffic(host, iops);
		}
		for (BackupPlan plan : index.all(BackupPlan.class)) {
			List<Workload> covered = coveredWorkloads(plan);
			double iops = 0;
			for (Workload workload : covered) {
				double own = Demand.of(workload).iops();
				iops += own;
				HostDesign host = DesignIndex.live(workload.getGroup()) ? workload.getGroup().getHostDesign() : null;
				iopsShares.getOrDefault(host, Map.of())
						.forEach((storage, share) -> backedUp.merge(storage, own * share, Double::sum));
			}
			if (!DesignIndex.live(plan.getTarget())) {
				continue;
			}
			double backup = 0;
			for (Workload workload : covered) {
				backup += diskMb(workload);
			}
			loads.computeIfAbsent(plan.getTarget(), k -> new double[3])[1] += backup;
			backupTargets.merge(plan.getTarget(), iops, Double::sum);
		}
	}

	public static StorageLoad of(DesignIndex index) {
		return new StorageLoad(index);
	}

	/** The size of one I/O in KB: the policy's 'io-size', else {@link #IO_SIZE_KB}. */
	public static double ioSizeKb(Design design) {
		SizingPolicy policy = design != null ? design.getPolicy() : null;
		return policy != null && policy.getIoSize() != null ? policy.getIoSize().kilobytes() : IO_SIZE_KB;
	}

	/** Mbps of one IOPS at the design's I/O size: KiB × 1024 × 8 bits (32 KB: 0.262 Mbps). */
	public static double mbpsPerIops(Design design) {
		return ioSizeKb(design) * 1024 * 8 / 1_000_000.0;
	}

	/**
	 * The I/O backups add, as a share of the IOPS of the workloads they cover (the policy's 'backup-io' / 100), or
	 * null when the design does not say.
	 */
	public static Double backupIoShare(Design design) {
		SizingPolicy policy = design != null ? design.getPolicy() : null;
		return policy != null && policy.getBackupIo() != null ? policy.getBackupIo().base() / 100 : null;
	}

	/**
	 * IOPS of the workloads stored on a system that backup plans cover, before growth: what the backups read from
	 * it, at 100 % 'backup-io' (a workload in two plans is read twice).
	 */
	public double backedUpIops(StorageSystem storage) {
		return backedUp.getOrDefault(storage, 0.0);
	}

	/** IOPS of the workloads whose backups plans write to a system (their target), before growth. */
	public double backupTargetIops(StorageSystem storage) {
		return backupTargets.getOrDefault(storage, 0.0);
	}

	/** The read share of the I/O the loads were shared out at (the design's read/write mix). */
	public double readShare() {
		return StorageCapacity.readShare(index.design());
	}

	/** The demand on a storage system (zero when nothing uses it). */
	public Load of(StorageSystem storage) {
		double[] load = loads.getOrDefault(storage, new double[3]);
		return new Load(load[0], load[1], load[2], index.hostDesignsUsing(storage),
				sharedLoads.getOrDefault(storage, false));
	}

	/** IOPS of the in-scope workloads of a host design, all instances, before growth. */
	public double hostIops(HostDesign host) {
		double iops = 0;
		for (Workload workload : index.workloadsOn(host)) {
			iops += Demand.of(workload).iops();
		}
		return iops;
	}

	/** Copies of a system: one per host for direct-attached storage used by hosts, else 1. */
	public int copies(StorageSystem storage) {
		if (!(storage.isSetType() && storage.getType() == StorageType.DAS)) {
			return 1;
		}
		int hosts = index.hostDesignsUsing(storage).stream().mapToInt(HostDesign::getQuantity).sum();
		return Math.max(1, hosts);
	}

	/** Usable capacity of a system in MB, all its copies. */
	public double usableMb(StorageSystem storage) {
		return StorageCapacity.usableMb(storage) * copies(storage);
	}

	/** Host-visible IOPS of a system, all its copies. */
	public double frontEndIops(StorageSystem storage, double readShare) {
		return StorageCapacity.frontEndIops(storage, readShare) * copies(storage);
	}

	/** Peak storage traffic through a storage switch in Mbps (workload IOPS × I/O size, before growth). */
	public double switchMbps(StorageSwitch storageSwitch) {
		return switchMbps.getOrDefault(storageSwitch, 0.0);
	}

	/**
	 * The storage systems in use, in file order: those a host design names, then the backup plans' targets not named
	 * by any host design.
	 */
	public Set<StorageSystem> inUse() {
		Set<StorageSystem> used = new LinkedHashSet<>();
		for (StorageSystem storage : index.all(StorageSystem.class)) {
			if (!index.hostDesignsUsing(storage).isEmpty()) {
				used.add(storage);
			}
		}
		for (BackupPlan plan : index.all(BackupPlan.class)) {
			if (DesignIndex.live(plan.getTarget())) {
				used.add(plan.getTarget());
			}
		}
		return used;
	}

	/**
	 * The live storage systems of a host design that hold its VMs ({@link #holdsVms}): sized for capacity and IOPS
	 * like a SAN, whatever their kind.
	 */
	public static List<StorageSystem> vmStorage(HostDesign host, PlatformVersion platform) {
		List<StorageSystem> systems = new ArrayList<>();
		for (StorageSystem storage : host.getStorageSystems()) {
			if (DesignIndex.live(storage) && holdsVms(storage, platform) && !systems.contains(storage)) {
				systems.add(storage);
			}
		}
		return systems;
	}

	/**
	 * Whether Hyper-V keeps virtual machines on the system: block storage (direct-attached, SAN) always; a file
	 * share only over SMB 3.0, from Hyper-V 2012 on (seed 001 L1975: "With Windows Server 2012 … Failover Clustering
	 * now supports the VMs being placed on a file share, accessible using the SMB 3.0 protocol"; L1367); NAS over
	 * other protocols, or on an unknown or 2008 R2 platform, never.
	 */
	public static boolean holdsVms(StorageSystem storage, PlatformVersion platform) {
		return !isFileStorage(storage) || storage.isSetProtocol() && storage.getProtocol() == StorageProtocol.SMB
				&& platform != null && platform != PlatformVersion.HYPERV2008R2;
	}

	/** NAS, or a system spoken to over a file protocol (SMB, NFS). */
	public static boolean isFileStorage(StorageSystem storage) {
		return storage.isSetType() && storage.getType() == StorageType.NAS
				|| storage.isSetProtocol()
						&& (storage.getProtocol() == StorageProtocol.SMB || storage.getProtocol() == StorageProtocol.NFS);
	}

	/** Disk space of a workload, all instances: 'disk' × instances, else its virtual disks (shared ones once). */
	public static double diskMb(Workload workload) {
		return diskMb(workload, Math.max(0, workload.getInstances()));
	}

	/** Disk space of the given number of a workload's instances, counted as {@link #diskMb(Workload)} counts it. */
	public static double diskMb(Workload workload, int instances) {
		if (workload.getDisk() != null) {
			return workload.getDisk().base() * instances;
		}
		double total = 0;
		for (VirtualDisk disk : workload.getVirtualDisks()) {
			if (disk.getSize() != null) {
				total += disk.getSize().base() * (disk.isShared() ? 1 : instances);
			}
		}
		return total;
	}

	/** In-scope workloads a plan covers, directly or through its groups, each once. */
	public List<Workload> coveredWorkloads(BackupPlan plan) {
		Set<Workload> covered = new LinkedHashSet<>();
		for (Workload workload : plan.getWorkloads()) {
			if (DesignIndex.live(workload) && Demand.inScope(workload)) {
				covered.add(workload);
			}
		}
		for (WorkloadGroup group : plan.getGroups()) {
			if (DesignIndex.live(group)) {
				index.workloadsOf(group).stream().filter(Demand::inScope).forEach(covered::add);
			}
		}
		return new ArrayList<>(covered);
	}

	/** 1 + the design's growth policy (1 when none is declared). */
	public static double growthFactor(Design design) {
		SizingPolicy policy = design != null ? design.getPolicy() : null;
		return 1 + (policy != null && policy.getGrowth() != null ? policy.getGrowth().base() / 100 : 0);
	}

	/** True for an HBA that carries data rather than boot traffic (no purpose declared counts as data). */
	public static boolean carriesData(Hba hba) {
		return !(hba.isSetPurpose() && hba.getPurpose() == HbaPurpose.BOOT_FROM_SAN);
	}

	/** Storage connections of a host design per storage switch: HBA ports and iSCSI adapter ports (one host). */
	public static Map<StorageSwitch, Integer> storageConnections(HostDesign host, boolean dataOnly) {
		Map<StorageSwitch, Integer> connections = new LinkedHashMap<>();
		for (Hba hba : host.getHbas()) {
			if (DesignIndex.live(hba.getStorageSwitch()) && (!dataOnly || carriesData(hba))) {
				connections.merge(hba.getStorageSwitch(), Math.max(1, hba.getPortCount()), Integer::sum);
			}
		}
		for (NetworkAdapter adapter : host.getAdapters()) {
			for (PortConnection port : adapter.getPorts()) {
				if (DesignIndex.live(port.getStorageSwitch())) {
					connections.merge(port.getStorageSwitch(), 1, Integer::sum);
				}
			}
		}
		return connections;
	}

	private void addSwitchTraffic(HostDesign host, double iops) {
		Map<StorageSwitch, Integer> connections = storageConnections(host, true);
		int total = connections.values().stream().mapToInt(Integer::intValue).sum();
		if (total == 0) {
			return;
		}
		double mbps = iops * mbpsPerIops(index.design());
		connections.forEach((storageSwitch, count) -> switchMbps.merge(storageSwitch, mbps * count / total, Double::sum));
	}
}
