package org.ddc.rules.step4;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.StorageFabric;
import org.ddc.analysis.StorageLoad;
import org.ddc.model.DdcPackage;
import org.ddc.model.Element;
import org.ddc.model.Hba;
import org.ddc.model.HostDesign;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NicPurpose;
import org.ddc.model.PortConnection;
import org.ddc.model.StorageSystem;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-16: a server with external (SAN) storage has at least two host controllers for it, connected to separate
 * switches (L410). Controllers are the HBAs that carry data and the adapters with purpose iscsi; their switches
 * are the storage switches (or, for iSCSI adapters, network switches) their ports name. The rule is decided on
 * these connections, not on the storage switches' 'partner' links: two switches reached by every host are what
 * removes the single point of failure, whether or not the switches are declared as a pair.
 */
public final class HostHasTwoStorageControllersOnSeparateSwitches extends Rule {

	public HostHasTwoStorageControllersOnSeparateSwitches() {
		super("IPD-4-16");
	}

	@Override
	public void check(RuleContext context) {
		StorageFabric fabric = context.analysis().fabric();
		for (HostDesign host : context.index().all(HostDesign.class)) {
			List<StorageSystem> external = StorageLoad.vmStorage(host, context.platform()).stream().filter(fabric::external).toList();
			if (external.isEmpty()) {
				continue;
			}
			List<String> controllers = new ArrayList<>();
			Set<Element> switches = new LinkedHashSet<>();
			for (Hba hba : host.getHbas()) {
				if (StorageLoad.carriesData(hba)) {
					controllers.add(hba.getName());
					if (DesignIndex.live(hba.getStorageSwitch())) {
						switches.add(hba.getStorageSwitch());
					}
				}
			}
			for (NetworkAdapter adapter : host.getAdapters()) {
				if (adapter.getPurposes().contains(NicPurpose.ISCSI)) {
					controllers.add(adapter.getName());
					for (PortConnection port : adapter.getPorts()) {
						Element target = port.getStorageSwitch() != null ? port.getStorageSwitch() : port.getSwitch();
						if (DesignIndex.live(target)) {
							switches.add(target);
						}
					}
				}
			}
			String storage = MessageLists.names(external, 5);
			if (controllers.size() < 2) {
				context.report(host, controllers.isEmpty() ? DdcPackage.Literals.ELEMENT__NAME
						: DdcPackage.Literals.HOST_DESIGN__HBAS, "host design " + host.getName() + " uses external "
								+ "storage " + storage + " through " + (controllers.isEmpty() ? "no host controller"
										: "one host controller, " + controllers.get(0))
								+ ": dedicate at least two host controller cards per server, on separate switches");
			} else if (switches.size() == 1) {
				context.report(host, DdcPackage.Literals.HOST_DESIGN__HBAS, "host design " + host.getName()
						+ " connects all its storage controllers (" + String.join(", ", controllers) + ") to "
						+ switches.iterator().next().getName()
						+ ": connect them to separate ports on separate switches");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				storage-switch FC-A { protocol fibre-channel partner FC-B }
				storage-switch FC-B { protocol fibre-channel partner FC-A }
				storage-system SAN-1 { type san protocol fibre-channel multipath yes }
				host-design H { quantity 2 storage SAN-1
					hba HBA-1 fibre-channel purpose guest-storage switch FC-A
					hba HBA-2 fibre-channel purpose guest-storage switch FC-A }
				""";
	}

	@Override
	public String passingExample() {
		return """
				storage-switch FC-A { protocol fibre-channel partner FC-B }
				storage-switch FC-B { protocol fibre-channel partner FC-A }
				storage-system SAN-1 { type san protocol fibre-channel multipath yes }
				host-design H { quantity 2 storage SAN-1
					hba HBA-1 fibre-channel purpose guest-storage switch FC-A
					hba HBA-2 fibre-channel purpose guest-storage switch FC-B }
				""";
	}
}
