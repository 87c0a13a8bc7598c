package org.ddc.rules.step4;

import java.util.List;

import org.ddc.analysis.StorageLoad;
import org.ddc.model.DdcPackage;
import org.ddc.model.Hba;
import org.ddc.model.HbaKind;
import org.ddc.model.HostDesign;
import org.ddc.model.StorageProtocol;
import org.ddc.model.StorageSystem;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-19: a host whose guest workloads live on a Fibre Channel SAN has at least two Fibre Channel HBAs for it
 * (L412), besides any boot HBAs (L411).
 */
public final class FibreChannelStorageHasTwoHbas extends Rule {

	public FibreChannelStorageHasTwoHbas() {
		super("IPD-4-19");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			List<StorageSystem> fc = StorageLoad.vmStorage(host, context.platform()).stream()
					.filter(s -> s.isSetProtocol() && s.getProtocol() == StorageProtocol.FIBRE_CHANNEL).toList();
			if (fc.isEmpty()) {
				continue;
			}
			List<Hba> hbas = host.getHbas().stream()
					.filter(h -> h.getKind() == HbaKind.FIBRE_CHANNEL && StorageLoad.carriesData(h)).toList();
			if (hbas.size() < 2) {
				context.report(host, hbas.isEmpty() ? DdcPackage.Literals.ELEMENT__NAME
						: DdcPackage.Literals.HOST_DESIGN__HBAS, "host design " + host.getName()
								+ " keeps its VMs on the Fibre Channel SAN " + MessageLists.names(fc, 5)
								+ " with " + (hbas.isEmpty() ? "no Fibre Channel HBA" : "one Fibre Channel HBA, "
										+ hbas.get(0).getName() + ",")
								+ " for VM storage: dedicate at least two HBAs ('hba … fibre-channel purpose "
								+ "guest-storage') per server");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				storage-system SAN-1 { type san protocol fibre-channel }
				host-design H { quantity 2 storage SAN-1
					hba HBA-1 fibre-channel purpose guest-storage }
				""";
	}

	@Override
	public String passingExample() {
		return """
				storage-system SAN-1 { type san protocol fibre-channel }
				host-design H { quantity 2 storage SAN-1
					hba HBA-1 fibre-channel purpose guest-storage
					hba HBA-2 fibre-channel purpose guest-storage }
				""";
	}
}
