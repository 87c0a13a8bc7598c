package org.ddc.analysis;

import org.ddc.analysis.failure.FailureAnalysis;
import org.ddc.analysis.network.NetworkAnalysis;
import org.ddc.analysis.sizing.HostLimits;
import org.ddc.analysis.sizing.HostSizing;

/**
 * Everything ddc derives from one design, computed once per state of the design and read by rules, reports,
 * diagrams and the editor. Each part is computed on first use.
 */
public final class DesignAnalysis {
	private final DesignIndex index;
	private final HostLimits limits;
	private RackLayout racks;
	private HostSizing hosts;
	private FailureAnalysis failures;
	private StorageLoad storage;
	private StorageFabric fabric;
	private NetworkAnalysis network;
	private FaultTolerance faultTolerance;

	private DesignAnalysis(DesignIndex index, HostLimits limits) {
		this.index = index;
		this.limits = limits;
	}

	/** The analysis of a design without platform limits on hosts. */
	public static DesignAnalysis of(DesignIndex index) {
		return new DesignAnalysis(index, HostLimits.NONE);
	}

	/** The analysis of a design whose hosts have the given platform limits (from the limits catalog). */
	public static DesignAnalysis of(DesignIndex index, HostLimits limits) {
		return new DesignAnalysis(index, limits);
	}

	public DesignIndex index() {
		return index;
	}

	/** The per-host platform limits the placement respects. */
	public HostLimits hostLimits() {
		return limits;
	}

	/** Where every physical device sits, what each rack holds and draws. */
	public synchronized RackLayout racks() {
		if (racks == null) {
			racks = RackLayout.of(index);
		}
		return racks;
	}

	/** Every host design's clusters, the placement of every VM on them and N+k survival. */
	public synchronized HostSizing hosts() {
		if (hosts == null) {
			hosts = HostSizing.of(index, limits, racks());
		}
		return hosts;
	}

	/** What each storage system carries: VM data, backup data, IOPS of the host designs that use it. */
	public synchronized StorageLoad storage() {
		if (storage == null) {
			storage = StorageLoad.of(index);
		}
		return storage;
	}

	/** The storage switches of each storage system's fabric and the storage-processor ports on each switch. */
	public synchronized StorageFabric fabric() {
		if (fabric == null) {
			fabric = StorageFabric.of(index);
		}
		return fabric;
	}

	/** Every port connection to a network switch, the ports in use per switch and subnet, subnet → switches. */
	public synchronized NetworkAnalysis network() {
		if (network == null) {
			network = NetworkAnalysis.of(index);
		}
		return network;
	}

	/** The in-scope workloads of each fault-tolerance approach by the host design they run on. */
	public synchronized FaultTolerance faultTolerance() {
		if (faultTolerance == null) {
			faultTolerance = FaultTolerance.of(index);
		}
		return faultTolerance;
	}

	/** What fails with what: hosts, racks, power feeds, switches, storage, load balancers, firewalls. */
	public synchronized FailureAnalysis failures() {
		if (failures == null) {
			failures = FailureAnalysis.of(index, racks(), hosts());
		}
		return failures;
	}
}
