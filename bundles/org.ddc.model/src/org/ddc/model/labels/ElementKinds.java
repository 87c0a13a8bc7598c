package org.ddc.model.labels;

import java.util.Map;

import org.ddc.model.DdcPackage;
import org.eclipse.emf.ecore.EClass;

/** The words a user reads for each kind of design element ("switch", "storage switch", "workload group"). */
public final class ElementKinds {
	private static final DdcPackage P = DdcPackage.eINSTANCE;
	private static final Map<EClass, String> LABELS = Map.ofEntries(
			Map.entry(P.getDesign(), "design"),
			Map.entry(P.getIsolationDomain(), "isolation domain"),
			Map.entry(P.getWorkload(), "workload"),
			Map.entry(P.getVirtualDisk(), "virtual disk"),
			Map.entry(P.getWorkloadGroup(), "workload group"),
			Map.entry(P.getHostDesign(), "host design"),
			Map.entry(P.getCluster(), "cluster"),
			Map.entry(P.getNetworkAdapter(), "network adapter"),
			Map.entry(P.getNicTeam(), "team"),
			Map.entry(P.getVirtualSwitch(), "virtual switch"),
			Map.entry(P.getHostVirtualAdapter(), "host virtual adapter"),
			Map.entry(P.getHba(), "HBA"),
			Map.entry(P.getManagementServer(), "management server"),
			Map.entry(P.getVmmInstance(), "VMM instance"),
			Map.entry(P.getOpsMgrGroup(), "Operations Manager management group"),
			Map.entry(P.getConfigMgrSite(), "Configuration Manager site"),
			Map.entry(P.getStorageSystem(), "storage system"),
			Map.entry(P.getStorageProcessor(), "storage processor"),
			Map.entry(P.getStorageSwitch(), "storage switch"),
			Map.entry(P.getBackupPlan(), "backup plan"),
			Map.entry(P.getSubnet(), "subnet"),
			Map.entry(P.getNetworkSwitch(), "switch"),
			Map.entry(P.getUplink(), "uplink"),
			Map.entry(P.getLoadBalancer(), "load balancer"),
			Map.entry(P.getFirewall(), "firewall"),
			Map.entry(P.getRack(), "rack"),
			Map.entry(P.getPowerFeed(), "power feed"),
			Map.entry(P.getPowerCircuit(), "power circuit"));

	/** Keywords that are not the label written with dashes. */
	private static final Map<EClass, String> KEYWORDS = Map.of(
			P.getNetworkAdapter(), "adapter",
			P.getOpsMgrGroup(), "opsmgr-group",
			P.getConfigMgrSite(), "configmgr-site",
			P.getStorageProcessor(), "processor",
			P.getPowerCircuit(), "feed",
			P.getHostVirtualAdapter(), "host-adapter");

	private ElementKinds() {
	}

	/** "storage switch" for StorageSwitch; the class name for anything not listed. */
	public static String label(EClass eClass) {
		String label = LABELS.get(eClass);
		return label != null ? label : eClass.getName();
	}

	/** The keyword that declares an element of this kind, e.g. "storage-switch". */
	public static String keyword(EClass eClass) {
		String keyword = KEYWORDS.get(eClass);
		return keyword != null ? keyword : label(eClass).toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
	}
}
