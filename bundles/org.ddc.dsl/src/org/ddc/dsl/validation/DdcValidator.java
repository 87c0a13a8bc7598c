package org.ddc.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ddc.dsl.scoping.DdcQualifiedNameProvider;
import org.ddc.model.Cluster;
import org.ddc.model.DdcModel;
import org.ddc.model.DdcPackage;
import org.ddc.model.Design;
import org.ddc.model.Device;
import org.ddc.model.Element;
import org.ddc.model.Hba;
import org.ddc.model.HbaKind;
import org.ddc.model.HostDesign;
import org.ddc.model.HostVirtualAdapter;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.Placement;
import org.ddc.model.PortConnection;
import org.ddc.model.PowerCircuit;
import org.ddc.model.PowerFeed;
import org.ddc.model.PowerSupplies;
import org.ddc.model.Rack;
import org.ddc.model.SizingPolicy;
import org.ddc.model.StorageSwitch;
import org.ddc.model.Subnet;
import org.ddc.model.SwitchProtocol;
import org.ddc.model.VirtualSwitch;
import org.ddc.model.WorkloadGroup;
import org.ddc.model.labels.ElementKinds;
import org.ddc.model.units.Quantity;
import org.ddc.model.units.RackSpace;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.ddc.model.RuleSetting;
import org.ddc.rules.Catalog;
import org.ddc.rules.Fix;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Places;
import org.ddc.rules.RuleFinding;

import com.google.inject.Inject;

/**
 * Model-integrity checks of a .ddc design: names, positive quantities, value ranges, power feeds and statements that
 * must agree (clusters and quantity, a group's cluster, iSCSI subnets). Syntax,
 * unit and unresolved-reference errors come from the parser and linker with their own codes (see
 * {@link IssueCodes}).
 */
public class DdcValidator extends AbstractDdcValidator {
	private static final DdcPackage P = DdcPackage.eINSTANCE;
	private static final int VLAN_MIN = 1;
	/** Seed 001 L1650: "there is a maximum of 4094 VLANs". */
	private static final int VLAN_MAX = 4094;
	private static final String VLAN_CITATION = Places.cite("001", 1650) + ": \"a maximum of 4094 VLANs\"";
	/** Hyper-V's range of a relative minimum-bandwidth weight (not stated in the seeds). */
	private static final int WEIGHT_MIN = 1;
	private static final int WEIGHT_MAX = 100;
	private static final Pattern CIDR = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");

	private enum Bound {
		POSITIVE, NON_NEGATIVE
	}

	private static final Map<EStructuralFeature, Bound> BOUNDS = boundedFeatures();
	private static final Map<EStructuralFeature, String> FEATURE_WORDS = Map.ofEntries(
			Map.entry(P.getCpuSpec_CoresPerSocket(), "cores per socket"),
			Map.entry(P.getCpuSpec_ThreadsPerCore(), "threads"),
			Map.entry(P.getNetworkAdapter_PortCount(), "ports"),
			Map.entry(P.getHba_PortCount(), "ports"),
			Map.entry(P.getStorageSwitch_PortCount(), "ports"),
			Map.entry(P.getNetworkSwitch_PortCount(), "ports"),
			Map.entry(P.getDiskGroup_Count(), "disk count"),
			Map.entry(P.getDiskGroup_IopsPerDisk(), "IOPS per disk"),
			Map.entry(P.getPowerSupplies_Count(), "power-supplies"),
			Map.entry(P.getPlacement_Count(), "placement count"),
			Map.entry(P.getSizingPolicy_FailoverReserve(), "failover-reserve"),
			Map.entry(P.getCluster_FailoverReserve(), "failover-reserve"),
			Map.entry(P.getUplink_Count(), "uplink count"),
			Map.entry(P.getUplink_Speed(), "uplink speed"),
			Map.entry(P.getWorkload_VirtualFcAdapters(), "virtual-fc-adapters"));

	/** The kinds of element whose names are design-wide. */
	private static final List<EClass> DESIGN_WIDE = List.of(P.getElement(), P.getCluster());

	private final Map<EClass, List<EStructuralFeature>> boundedByClass = new ConcurrentHashMap<>();

	@Inject
	private ResourceDescriptionsProvider descriptionsProvider;

	@Inject
	private RuleRunner ruleRunner;

	@Inject
	private IQualifiedNameProvider nameProvider;

	private static Map<EStructuralFeature, Bound> boundedFeatures() {
		Map<EStructuralFeature, Bound> bounds = new HashMap<>();
		for (EStructuralFeature f : List.of(P.getDesign_Locations(), P.getDesign_Tenants(),
				P.getManagementPolicy_Forests(), P.getManagementPolicy_Domains(), P.getManagementPolicy_AdSites(),
				P.getCpuSpec_Sockets(), P.getCpuSpec_CoresPerSocket(), P.getCpuSpec_Clock(),
				P.getCpuSpec_ThreadsPerCore(), P.getWorkload_Instances(), P.getWorkload_Memory(),
				P.getWorkload_Cpu(), P.getWorkload_Vcpus(), P.getWorkload_Disk(), P.getVirtualDisk_Size(),
				P.getDevice_Height(), P.getDevice_PowerDraw(), P.getPowerSupplies_Count(),
				P.getPowerSupplies_Rating(), P.getPlacement_Count(), P.getHostDesign_Quantity(),
				P.getHostDesign_ClusterSize(), P.getHostDesign_Memory(), P.getNetworkAdapter_PortCount(),
				P.getNetworkAdapter_Speed(), P.getHba_PortCount(), P.getHba_Speed(), P.getManagementServer_Count(),
				P.getDiskGroup_Count(), P.getDiskGroup_Size(), P.getDiskGroup_IopsPerDisk(),
				P.getStorageSwitch_PortCount(), P.getStorageSwitch_Speed(), P.getStorageSwitch_Interconnect(),
				P.getNetworkSwitch_PortCount(), P.getNetworkSwitch_Speed(), P.getNetworkSwitch_Interconnect(),
				P.getLoadBalancer_Quantity(), P.getFirewall_Quantity(), P.getRack_Height(), P.getRack_PowerBudget(),
				P.getPowerFeed_Capacity(), P.getPowerCircuit_Capacity(), P.getCluster_Hosts(), P.getUplink_Count(),
				P.getUplink_Speed(), P.getManagementServer_Memory(), P.getManagementServer_Cpu(),
				P.getManagementServer_Vcpus(), P.getManagementServer_Disk(), P.getSizingPolicy_IoSize())) {
			bounds.put(f, Bound.POSITIVE);
		}
		for (EStructuralFeature f : List.of(P.getSizingPolicy_PeakBuffer(), P.getSizingPolicy_Growth(),
				P.getSizingPolicy_FailoverReserve(), P.getWorkload_Iops(), P.getWorkload_Throughput(),
				P.getWorkload_Rpo(), P.getWorkload_Rto(), P.getWorkload_VirtualFcAdapters(),
				P.getDiskGroup_HotSpares(), P.getBackupPlan_Rpo(), P.getBackupPlan_Rto(),
				P.getCluster_FailoverReserve(), P.getManagementServer_Iops(), P.getSizingPolicy_HostReserve(),
				P.getSizingPolicy_ReadRatio(), P.getSizingPolicy_BackupIo())) {
			bounds.put(f, Bound.NON_NEGATIVE);
		}
		return bounds;
	}

	// ------------------------------------------------------------------ quantities

	@Check
	public void checkQuantitiesPositive(EObject object) {
		for (EStructuralFeature feature : boundedByClass.computeIfAbsent(object.eClass(),
				c -> c.getEAllStructuralFeatures().stream().filter(BOUNDS::containsKey).toList())) {
			Object value = object.eGet(feature);
			if (value == null || feature.isUnsettable() && !object.eIsSet(feature)) {
				continue;
			}
			int sign = value instanceof Integer i ? Integer.signum(i)
					: value instanceof Quantity q ? q.amount().signum() : 1;
			Bound bound = BOUNDS.get(feature);
			if (bound == Bound.POSITIVE && sign <= 0) {
				error(word(feature) + " must be greater than 0 (found " + value + ")", object, feature,
						IssueCodes.NON_POSITIVE);
			} else if (bound == Bound.NON_NEGATIVE && sign < 0) {
				error(word(feature) + " must not be negative (found " + value + ")", object, feature,
						IssueCodes.NON_POSITIVE);
			}
		}
	}

	private static String word(EStructuralFeature feature) {
		String word = FEATURE_WORDS.get(feature);
		return word != null ? word : feature.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
	}

	// ------------------------------------------------------------------ ranges

	@Check
	public void checkVlanRange(Subnet subnet) {
		if (subnet.isSetVlan() && (subnet.getVlan() < VLAN_MIN || subnet.getVlan() > VLAN_MAX)) {
			error("VLAN ID " + subnet.getVlan() + " is outside " + VLAN_MIN + "–" + VLAN_MAX
					+ " (" + VLAN_CITATION + ")", subnet, P.getSubnet_Vlan(), IssueCodes.RANGE);
		}
	}

	@Check
	public void checkVlanRange(HostVirtualAdapter adapter) {
		if (adapter.isSetVlan() && (adapter.getVlan() < VLAN_MIN || adapter.getVlan() > VLAN_MAX)) {
			error("VLAN ID " + adapter.getVlan() + " is outside " + VLAN_MIN + "–" + VLAN_MAX
					+ " (" + VLAN_CITATION + ")", adapter, P.getHostVirtualAdapter_Vlan(),
					IssueCodes.RANGE);
		}
	}

	/** Relative minimum-bandwidth weights are 1–100 for a host adapter, 0–100 for a switch's default flow. */
	@Check
	public void checkWeightRange(HostVirtualAdapter adapter) {
		if (adapter.isSetWeight() && (adapter.getWeight() < WEIGHT_MIN || adapter.getWeight() > WEIGHT_MAX)) {
			error("minimum-bandwidth weight " + adapter.getWeight() + " is outside " + WEIGHT_MIN + "–" + WEIGHT_MAX
					+ ": weights are relative shares of the switch's bandwidth", adapter,
					P.getHostVirtualAdapter_Weight(), IssueCodes.RANGE);
		}
	}

	@Check
	public void checkDefaultWeightRange(VirtualSwitch virtualSwitch) {
		if (virtualSwitch.isSetDefaultWeight()
				&& (virtualSwitch.getDefaultWeight() < 0 || virtualSwitch.getDefaultWeight() > WEIGHT_MAX)) {
			error("default-weight " + virtualSwitch.getDefaultWeight() + " is outside 0–" + WEIGHT_MAX
					+ ": weights are relative shares of the switch's bandwidth", virtualSwitch,
					P.getVirtualSwitch_DefaultWeight(), IssueCodes.RANGE);
		}
	}

	@Check
	public void checkReadRatioRange(SizingPolicy policy) {
		if (policy.getReadRatio() != null && policy.getReadRatio().base() > 100) {
			error("read-ratio " + policy.getReadRatio() + " is above 100 %: it is the share of reads in all I/O",
					policy, P.getSizingPolicy_ReadRatio(), IssueCodes.RANGE);
		}
	}

	@Check
	public void checkCidr(Subnet subnet) {
		String cidr = subnet.getCidr();
		if (cidr == null) {
			return;
		}
		Matcher matcher = CIDR.matcher(cidr.trim());
		String problem = null;
		if (!matcher.matches()) {
			problem = "is not an IPv4 network in CIDR notation such as \"10.140.1.0/24\"";
		} else {
			for (int i = 1; i <= 4 && problem == null; i++) {
				if (Integer.parseInt(matcher.group(i)) > 255) {
					problem = "has an octet above 255";
				}
			}
			if (problem == null && Integer.parseInt(matcher.group(5)) > 32) {
				problem = "has a prefix length above 32";
			}
		}
		if (problem != null) {
			error("cidr \"" + cidr + "\" " + problem, subnet, P.getSubnet_Cidr(), IssueCodes.RANGE);
		}
	}

	@Check
	public void checkPlacementWithinRack(Placement placement) {
		if (placement.getPosition() < 1) {
			error("rack positions start at U 1 (found U " + placement.getPosition() + ")", placement,
					P.getPlacement_Position(), IssueCodes.RANGE);
			return;
		}
		Rack rack = placement.getRack();
		if (rack == null || rack.eIsProxy() || rack.getHeight() == null || placement.getCount() < 1) {
			return;
		}
		int deviceHeight = deviceHeight(placement);
		int top = placement.getPosition() + placement.getCount() * deviceHeight - 1;
		int rackHeight = rack.getHeight().amount().intValue();
		if (top > rackHeight) {
			error("placement occupies U " + placement.getPosition() + "–" + top + " but rack " + rack.getName()
					+ " is " + rackHeight + " U high: move it down or into another rack", placement,
					P.getPlacement_Position(), IssueCodes.RANGE);
		}
	}

	private static int deviceHeight(Placement placement) {
		RackSpace height = placement.eContainer() instanceof Device device ? device.getHeight() : null;
		return height != null && height.isPositive() ? Math.max(1, height.amount().intValue()) : 1;
	}

	@Check
	public void checkAdapterPorts(NetworkAdapter adapter) {
		Map<Integer, PortConnection> seen = new HashMap<>();
		for (PortConnection port : adapter.getPorts()) {
			if (!port.isSetIndex()) {
				continue;
			}
			if (port.getIndex() < 1 || port.getIndex() > adapter.getPortCount()) {
				error("adapter " + adapter.getName() + " has " + adapter.getPortCount() + " port(s); port "
						+ port.getIndex() + " does not exist", port, P.getPortConnection_Index(), IssueCodes.RANGE);
			} else if (seen.putIfAbsent(port.getIndex(), port) != null) {
				error("port " + port.getIndex() + " of adapter " + adapter.getName() + " is connected twice", port,
						P.getPortConnection_Index(), IssueCodes.RANGE);
			}
		}
	}

	// ------------------------------------------------------------------ power feeds

	/** Every feed a device's power supplies name is one its racks draw a circuit from. */
	@Check
	public void checkPowerFeeds(PowerSupplies supplies) {
		if (!(supplies.eContainer() instanceof Device device)) {
			return;
		}
		for (Placement placement : device.getPlacements()) {
			Rack rack = placement.getRack();
			if (rack == null || rack.eIsProxy()) {
				continue;
			}
			List<PowerFeed> feeds = rack.getCircuits().stream().map(PowerCircuit::getFeed)
					.filter(feed -> feed != null && !feed.eIsProxy()).distinct().toList();
			for (int i = 0; i < supplies.getFeeds().size(); i++) {
				PowerFeed feed = supplies.getFeeds().get(i);
				if (feed == null || feed.eIsProxy() || feeds.contains(feed)) {
					continue; // an unknown feed is reported by the linker
				}
				error("rack " + rack.getName() + " draws no circuit from power feed '" + feed.getName() + "'"
						+ (feeds.isEmpty() ? ": add one to the rack with 'feed " + feed.getName() + " <capacity>'"
								: " (its feeds: " + MessageLists.join(feeds.stream().map(PowerFeed::getName).toList())
										+ ")"),
						supplies, P.getPowerSupplies_Feeds(), i, IssueCodes.UNKNOWN_FEED);
			}
		}
	}

	// ------------------------------------------------------------------ clusters

	/** Declared clusters hold all hosts of their host design: their hosts add up to its quantity. */
	@Check
	public void checkClustersHoldAllHosts(HostDesign host) {
		if (host.getClusters().isEmpty()) {
			return;
		}
		int hosts = 0;
		List<String> parts = new ArrayList<>();
		for (Cluster cluster : host.getClusters()) {
			hosts += Math.max(0, cluster.getHosts());
			parts.add(cluster.getName() + " " + cluster.getHosts());
		}
		if (hosts == host.getQuantity()) {
			return;
		}
		boolean written = !NodeModelUtils.findNodesForFeature(host, P.getHostDesign_Quantity()).isEmpty();
		error("host design " + host.getName() + " has quantity " + host.getQuantity()
				+ (written ? "" : " (the default)") + " but its clusters hold " + hosts + " hosts ("
				+ MessageLists.join(parts) + "): the clusters are all of its hosts, so write 'quantity " + hosts
				+ "' or change the clusters", host, written ? P.getHostDesign_Quantity() : P.getElement_Name(),
				IssueCodes.INCONSISTENT, Fix.set("quantity", String.valueOf(hosts), "Set quantity " + hosts).toData());
	}

	/** A workload group's cluster is one of the clusters of the group's host design. */
	@Check
	public void checkGroupClusterOfItsHostDesign(WorkloadGroup group) {
		Cluster cluster = group.getCluster();
		HostDesign host = group.getHostDesign();
		if (cluster == null || cluster.eIsProxy() || host == null || host.eIsProxy()
				|| cluster.eContainer() == host || !(cluster.eContainer() instanceof HostDesign owner)) {
			return;
		}
		error("cluster " + cluster.getName() + " belongs to host design " + owner.getName() + ", but workload group "
				+ group.getName() + " runs on host design " + host.getName() + ": name a cluster of " + host.getName()
				+ (host.getClusters().isEmpty() ? "" : " (" + MessageLists.join(host.getClusters().stream()
						.map(Cluster::getName).toList()) + ")")
				+ " or change the host design", group, P.getWorkloadGroup_Cluster(), IssueCodes.INCONSISTENT);
	}

	// ------------------------------------------------------------------ iSCSI networks

	/** Only an iSCSI HBA is on a subnet: Fibre Channel and SAS HBAs are not IP adapters. */
	@Check
	public void checkHbaSubnet(Hba hba) {
		if (hba.getSubnet() != null && hba.getKind() != HbaKind.ISCSI) {
			error("HBA " + hba.getName() + " is " + hba.getKind().getLiteral() + ", not iscsi: only an iSCSI HBA "
					+ "is on a subnet — drop 'subnet' or make it 'iscsi'", hba, P.getHba_Subnet(),
					IssueCodes.INCONSISTENT);
		}
	}

	/** The storage switches that carry a subnet are Ethernet switches. */
	@Check
	public void checkSubnetStorageSwitches(Subnet subnet) {
		for (int i = 0; i < subnet.getStorageSwitches().size(); i++) {
			StorageSwitch storageSwitch = subnet.getStorageSwitches().get(i);
			if (storageSwitch != null && !storageSwitch.eIsProxy() && storageSwitch.isSetProtocol()
					&& storageSwitch.getProtocol() == SwitchProtocol.FIBRE_CHANNEL) {
				error("storage switch " + storageSwitch.getName() + " is a Fibre Channel switch and carries no IP "
						+ "subnet: list Ethernet storage switches ('protocol ethernet') here", subnet,
						P.getSubnet_StorageSwitches(), i, IssueCodes.INCONSISTENT);
			}
		}
	}

	// ------------------------------------------------------------------ names

	@Check
	public void checkNameSyntax(EObject object) {
		EStructuralFeature nameFeature = object.eClass().getEStructuralFeature("name");
		if (nameFeature == null || !(object.eGet(nameFeature) instanceof String name)) {
			return;
		}
		if (name.isBlank()) {
			error("a name cannot be empty", object, nameFeature, IssueCodes.NAME);
		} else if (name.contains(".")) {
			error("name \"" + name + "\" contains '.', which separates qualified names: use '-' instead", object,
					nameFeature, IssueCodes.NAME);
		}
	}

	/**
	 * Names of nested elements (adapters, teams, HBAs, processors, virtual disks) are unique in their parent. Clusters are
	 * left to {@link #checkDesignWideNamesUnique}: their names are design-wide.
	 */
	@Check
	public void checkNestedNamesUnique(EObject parent) {
		if (parent instanceof DdcModel) {
			return;
		}
		Map<String, EObject> seen = new LinkedHashMap<>();
		for (EObject child : parent.eContents()) {
			if (DdcQualifiedNameProvider.designWide(child.eClass())) {
				continue;
			}
			EStructuralFeature nameFeature = child.eClass().getEStructuralFeature("name");
			if (nameFeature != null && child.eGet(nameFeature) instanceof String name) {
				EObject first = seen.putIfAbsent(name, child);
				if (first != null) {
					error("duplicate name '" + name + "': " + ElementKinds.label(parent.eClass()) + " "
							+ nameOf(parent) + " already has a " + ElementKinds.label(first.eClass()) + " of that name",
							child, nameFeature, IssueCodes.DUPLICATE_NAME);
				}
			}
		}
	}

	/**
	 * Design-wide names (top-level elements and clusters) are unique across all files of a design, whatever the
	 * kinds of the elements that share one.
	 */
	@Check
	public void checkDesignWideNamesUnique(DdcModel model) {
		IResourceDescriptions index = descriptionsProvider.getResourceDescriptions(model.eResource());
		for (Element element : model.getElements()) {
			if (element instanceof Design design) {
				checkSingleDesign(model, index, design);
			}
			checkDesignWideName(model, index, element, P.getElement_Name());
			if (element instanceof HostDesign host) {
				for (Cluster cluster : host.getClusters()) {
					checkDesignWideName(model, index, cluster, P.getCluster_Name());
				}
			}
		}
	}

	private void checkDesignWideName(DdcModel model, IResourceDescriptions index, EObject object,
			EStructuralFeature nameFeature) {
		QualifiedName name = nameProvider.getFullyQualifiedName(object);
		if (name == null) {
			return;
		}
		// stops at the first other element of that name: linear however many elements share the name
		for (EClass type : DESIGN_WIDE) {
			for (IEObjectDescription other : index.getExportedObjects(type, name, false)) {
				if (!denotes(other, object)) {
					error("duplicate name '" + object.eGet(nameFeature) + "': a " + ElementKinds.label(other.getEClass())
							+ " of that name is also declared at " + locationOf(model, other)
							+ "; names must be unique across the design", object, nameFeature,
							IssueCodes.DUPLICATE_NAME);
					return;
				}
			}
		}
	}

	/**
	 * The first design header lists the others (at most {@link MessageLists#SHOWN}, then "and N more"); every other
	 * header names the first. Each header looks at no more headers than it prints, so many headers stay linear.
	 */
	private void checkSingleDesign(DdcModel model, IResourceDescriptions index, Design design) {
		Iterator<IEObjectDescription> headers = index.getExportedObjectsByType(P.getDesign()).iterator();
		if (!headers.hasNext()) {
			return;
		}
		IEObjectDescription first = headers.next();
		if (!denotes(first, design)) {
			error("a design has exactly one 'design' header; the first is " + first.getName() + " at "
					+ locationOf(model, first) + ": merge them", design, P.getElement_Name(), IssueCodes.DESIGN_HEADER);
			return;
		}
		MessageLists.Builder others = MessageLists.builder();
		headers.forEachRemaining(other -> others.add(() -> other.getName() + " at " + locationOf(model, other)));
		if (others.count() > 0) {
			error("a design has exactly one 'design' header; also found " + others + ": merge them", design,
					P.getElement_Name(), IssueCodes.DESIGN_HEADER);
		}
	}

	/** Whether a description stands for this object; compares URIs (linear in the file's size) only for proxies. */
	private static boolean denotes(IEObjectDescription description, EObject object) {
		EObject described = description.getEObjectOrProxy();
		return described == object || described.eIsProxy() && description.getEObjectURI().equals(EcoreUtil.getURI(object));
	}

	private static String locationOf(EObject context, IEObjectDescription description) {
		EObject described = description.getEObjectOrProxy();
		return described.eIsProxy() ? locationOf(context, description.getEObjectURI())
				: location(described.eResource().getURI(), described);
	}

	private static String locationOf(EObject context, URI uri) {
		EObject other = context.eResource().getResourceSet() != null
				? context.eResource().getResourceSet().getEObject(uri, false)
				: null;
		return location(uri.trimFragment(), other);
	}

	private static String location(URI file, EObject object) {
		ICompositeNode node = object != null ? NodeModelUtils.findActualNodeFor(object) : null;
		return file.lastSegment() + (node != null ? ":" + node.getStartLine() : "");
	}

	private String nameOf(EObject object) {
		QualifiedName name = nameProvider.getFullyQualifiedName(object);
		return name != null ? name.toString() : "";
	}

	// ------------------------------------------------------------------ planning-guide rules and scale limits

	/** Reports the rule findings of the whole design that belong to this file (not suppressed, not off). */
	@Check(CheckType.NORMAL)
	public void checkRules(DdcModel model) {
		if (model.eResource() == null || model.eResource().getResourceSet() == null) {
			return;
		}
		for (RuleIssue issue : ruleRunner.run(model.eResource().getResourceSet())) {
			RuleFinding finding = issue.finding();
			if (issue.suppression() != null || finding.target().eResource() != model.eResource()) {
				continue;
			}
			EStructuralFeature feature = finding.feature() != null ? finding.feature()
					: finding.target().eClass().getEStructuralFeature("name");
			String[] data = finding.fix() != null ? finding.fix().toData() : new String[0];
			switch (issue.severity()) {
				case ERROR -> error(finding.message(), finding.target(), feature, finding.index(), finding.ruleId(), data);
				case WARNING -> warning(finding.message(), finding.target(), feature, finding.index(), finding.ruleId(), data);
				case INFO -> info(finding.message(), finding.target(), feature, finding.index(), finding.ruleId(), data);
			}
		}
	}

	@Check
	public void checkRuleSettingKnown(RuleSetting setting) {
		if (setting.getRule() != null && !Catalog.load().contains(setting.getRule())) {
			error("unknown rule '" + setting.getRule() + "': use an ID listed by 'ddc rules'", setting,
					P.getRuleSetting_Rule(), IssueCodes.UNKNOWN_RULE);
		}
	}

	/** Suppression comments name a known rule and state a reason. */
	@Check
	public void checkSuppressions(DdcModel model) {
		if (!(model.eResource() instanceof org.eclipse.xtext.resource.XtextResource resource)) {
			return;
		}
		for (Suppressions.Suppression suppression : Suppressions.of(resource).all()) {
			if (!Catalog.load().contains(suppression.ruleId())) {
				getMessageAcceptor().acceptWarning("suppression of unknown rule '" + suppression.ruleId()
						+ "': use an ID listed by 'ddc rules'", model, suppression.offset(), suppression.length(),
						IssueCodes.SUPPRESSION);
			} else if (suppression.reason().isEmpty()) {
				getMessageAcceptor().acceptWarning("a suppression needs a reason: '// suppress "
						+ suppression.ruleId() + ": <why this finding does not apply>'", model, suppression.offset(),
						suppression.length(), IssueCodes.SUPPRESSION);
			}
		}
	}
}
