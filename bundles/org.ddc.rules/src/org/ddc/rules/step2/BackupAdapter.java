package org.ddc.rules.step2;

import org.ddc.analysis.network.HostAdapters;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NicPurpose;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-23: provide a network adapter for backup operations; it may be shared with the VM update process or host
 * OS patching (L181). A host-management or VM-servicing adapter can share it; reported once per host design whose
 * adapters carry neither backup nor one of those purposes.
 */
public final class BackupAdapter extends Rule {

	public BackupAdapter() {
		super("IPD-2-23");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			if (host.getAdapters().isEmpty() || HostAdapters.hasPurpose(host, NicPurpose.BACKUP)
					|| HostAdapters.hasPurpose(host, NicPurpose.HOST_MANAGEMENT)
					|| HostAdapters.hasPurpose(host, NicPurpose.VM_SERVICING)) {
				continue;
			}
			NetworkAdapter first = host.getAdapters().get(0);
			context.report(first, DdcPackage.Literals.NETWORK_ADAPTER__PURPOSES, "no adapter of host design "
					+ host.getName() + " can carry backup traffic: add an adapter with 'purpose backup', or one for "
					+ "host management or VM servicing that backup can share");
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 {
					memory 256 GB
					adapter NIC-GUEST ports 2 purpose guest-traffic vlan-tagging
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-1 {
					memory 256 GB
					adapter NIC-BACKUP ports 1 purpose backup
					adapter NIC-GUEST ports 2 purpose guest-traffic vlan-tagging
				}
				""";
	}
}
