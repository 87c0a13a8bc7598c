package org.ddc.rules.step4;

import java.util.List;

import org.ddc.analysis.StorageLoad;
import org.ddc.model.DdcPackage;
import org.ddc.model.Hba;
import org.ddc.model.HbaPurpose;
import org.ddc.model.HostDesign;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-18: the boot-from-SAN HBAs are not shared with virtual workloads (L411). An HBA has one purpose, so an HBA
 * with purpose boot-from-san is dedicated; on a host that boots from the SAN, sharing shows as an HBA without a
 * purpose (used for both), or as booting through the VM-storage HBAs when no boot HBA exists.
 */
public final class BootHbasNotSharedWithWorkloads extends Rule {

	public BootHbasNotSharedWithWorkloads() {
		super("IPD-4-18");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			if (!host.isBootFromSan()) {
				continue;
			}
			for (Hba hba : host.getHbas()) {
				if (!hba.isSetPurpose()) {
					context.report(hba, DdcPackage.Literals.HBA__NAME, "HBA " + hba.getName() + " of host design "
							+ host.getName() + " has no purpose, so on a host that boots from the SAN it would carry "
							+ "both boot and VM storage traffic: set 'purpose boot-from-san' or 'purpose "
							+ "guest-storage'");
				}
			}
			boolean bootHba = host.getHbas().stream()
					.anyMatch(h -> h.isSetPurpose() && h.getPurpose() == HbaPurpose.BOOT_FROM_SAN);
			List<Hba> data = host.getHbas().stream().filter(h -> h.isSetPurpose() && StorageLoad.carriesData(h))
					.toList();
			if (!bootHba && !data.isEmpty()) {
				context.report(host, DdcPackage.Literals.HOST_DESIGN__BOOT_FROM_SAN, "host design " + host.getName()
						+ " boots from the SAN but has no boot HBA, so it boots through "
						+ MessageLists.join(data, Hba::getName, 5) + ", which carr" + (data.size() == 1 ? "ies" : "y")
						+ " VM storage: dedicate separate HBAs to booting");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design H { quantity 2 boot-from-san yes
					hba HBA-1 fibre-channel
					hba HBA-2 fibre-channel }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design H { quantity 2 boot-from-san yes
					hba BOOT-1 fibre-channel purpose boot-from-san
					hba BOOT-2 fibre-channel purpose boot-from-san
					hba HBA-1 fibre-channel purpose guest-storage
					hba HBA-2 fibre-channel purpose guest-storage }
				""";
	}
}
