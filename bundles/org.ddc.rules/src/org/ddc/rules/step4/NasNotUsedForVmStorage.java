package org.ddc.rules.step4;

import java.util.List;

import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.StorageLoad;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.StorageSystem;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-04: Hyper-V stores its VMs on DAS or a SAN; network-attached storage (type nas, or a file protocol) is not
 * supported (L384–387). A host design naming such a system as its storage is reported. Exception: SMB 3.0 file
 * shares, which Hyper-V supports from Windows Server 2012 on, are accepted when the design declares a 2012 platform.
 */
public final class NasNotUsedForVmStorage extends Rule {

	public NasNotUsedForVmStorage() {
		super("IPD-4-04");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			List<StorageSystem> systems = host.getStorageSystems();
			for (int i = 0; i < systems.size(); i++) {
				StorageSystem storage = systems.get(i);
				if (!DesignIndex.live(storage) || StorageLoad.holdsVms(storage, context.platform())) {
					continue;
				}
				context.report(host, DdcPackage.Literals.HOST_DESIGN__STORAGE_SYSTEMS, i, "host design "
						+ host.getName() + " stores its VMs on " + storage.getName()
						+ ", network-attached storage, which Hyper-V does not support for virtual machines: use "
						+ "direct-attached storage or a SAN (iSCSI, Fibre Channel, SAS) — from Hyper-V 2012 on also an SMB 3.0 "
						+ "file share ('protocol smb'); guests may still use "
						+ storage.getName() + " as a file share", null);
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design H { quantity 2 storage FILER-1 }
				storage-system FILER-1 { type nas protocol nfs }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design H { quantity 2 storage SAN-1 }
				storage-system SAN-1 { type san protocol iscsi }
				storage-system FILER-1 { type nas protocol nfs }
				""";
	}
}
