package org.ddc.rules.limits;

import java.util.List;

import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.sizing.HostClustering;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.StorageProtocol;
import org.ddc.model.StorageSystem;
import org.ddc.model.StorageType;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * LIM-LM-STORAGE: the VMs of a failover cluster sit on shared storage (seed 001 L1975, L1491; seed 004 L53): an
 * iSCSI or Fibre Channel SAN, or from Windows Server 2012 an SMB 3.0 file share. Direct-attached storage is not
 * shared.
 */
public final class ClusterSharedStorage extends Rule {
	static final String KEY = "cluster.sharedStorage";
	static final String SMB = "cluster.smbStorage";

	public ClusterSharedStorage() {
		super("LIM-LM-STORAGE");
	}

	@Override
	public void check(RuleContext context) {
		ScaleLimits.Limit limit = LimitMath.stated(context, KEY);
		if (limit == null || limit.value() <= 0) {
			return;
		}
		ScaleLimits.Limit smb = LimitMath.stated(context, SMB);
		boolean smbAllowed = smb != null && smb.value() > 0;
		for (HostDesign host : context.index().all(HostDesign.class)) {
			if (!HostClustering.declared(host)) {
				continue;
			}
			List<StorageSystem> storage = host.getStorageSystems().stream().filter(DesignIndex::live).toList();
			if (storage.isEmpty()) {
				context.report(host, DdcPackage.Literals.ELEMENT__NAME, "host design " + host.getName()
						+ " forms clusters of " + host.getClusterSize() + " nodes but uses no storage system: clustered "
						+ "VMs need shared storage (" + limit.citation().inline() + ") — add 'storage <SAN>'");
			} else if (storage.stream().noneMatch(s -> shared(s, smbAllowed))) {
				context.report(host, DdcPackage.Literals.HOST_DESIGN__STORAGE_SYSTEMS, "host design " + host.getName()
						+ " forms clusters of " + host.getClusterSize() + " nodes but its storage ("
						+ String.join(", ", storage.stream().map(StorageSystem::getName).toList())
						+ ") is not shared storage on " + LimitMath.platform(context) + ": use an iSCSI or Fibre Channel SAN"
						+ (smbAllowed ? " or an SMB 3.0 file share"
								: smb != null ? " (" + smb.citation().inline() + ")" : ""));
			}
		}
	}

	private static boolean shared(StorageSystem storage, boolean smbAllowed) {
		if (storage.isSetProtocol()) {
			StorageProtocol protocol = storage.getProtocol();
			return protocol == StorageProtocol.FIBRE_CHANNEL || protocol == StorageProtocol.ISCSI
					|| smbAllowed && protocol == StorageProtocol.SMB;
		}
		return storage.isSetType() && storage.getType() == StorageType.SAN;
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2008-r2 }
				storage-system LOCAL { type das protocol sas }
				host-design H { quantity 4 cluster-size 4 cpu 2 x 8 cores 2.6 GHz intel memory 256 GB storage LOCAL }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2008-r2 }
				storage-system SAN { type san protocol fibre-channel }
				host-design H { quantity 4 cluster-size 4 cpu 2 x 8 cores 2.6 GHz intel memory 256 GB storage SAN }
				""";
	}
}
