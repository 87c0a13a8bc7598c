package org.ddc.rules.step3;

import java.util.List;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.OpsMgrGroup;
import org.ddc.model.VmmInstance;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-3-23: hosts in different Operations Manager management groups need separate VMM instances (L261). A host
 * design's management group is that of the VMM instances managing it; a VMM instance must not manage a host design
 * that another instance places in a different management group.
 */
public final class SeparateVmmInstancesPerManagementGroup extends Rule {

	public SeparateVmmInstancesPerManagementGroup() {
		super("IPD-3-23");
	}

	@Override
	public void check(RuleContext context) {
		DesignIndex index = context.index();
		for (VmmInstance vmm : index.all(VmmInstance.class)) {
			List<OpsMgrGroup> own = index.opsMgrGroupsOf(vmm);
			if (own.size() != 1) {
				continue; // none: nothing to compare; several: IPD-3-22
			}
			List<HostDesign> manages = vmm.getManages();
			for (int i = 0; i < manages.size(); i++) {
				HostDesign host = manages.get(i);
				if (!DesignIndex.live(host)) {
					continue;
				}
				for (VmmInstance other : index.vmmsManaging(host)) {
					OpsMgrGroup foreign = other == vmm ? null : index.opsMgrGroupsOf(other).stream()
							.filter(g -> g != own.get(0)).findFirst().orElse(null);
					if (foreign != null) {
						context.report(vmm, DdcPackage.Literals.VMM_INSTANCE__MANAGES, i, "host design "
								+ host.getName() + " is in management group " + own.get(0).getName() + " through VMM "
								+ "instance " + vmm.getName() + " and in " + foreign.getName() + " through "
								+ other.getName() + ": hosts in different management groups need separate VMM "
								+ "instances — manage " + host.getName() + " from one instance only", null);
						break;
					}
				}
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 { quantity 4 }
				vmm-instance VMM-A { manages HD-1 }
				vmm-instance VMM-B { manages HD-1 }
				opsmgr-group MG-1 { vmm VMM-A }
				opsmgr-group MG-2 { vmm VMM-B }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-1 { quantity 2 }
				host-design HD-2 { quantity 2 }
				vmm-instance VMM-A { manages HD-1 }
				vmm-instance VMM-B { manages HD-2 }
				opsmgr-group MG-1 { vmm VMM-A }
				opsmgr-group MG-2 { vmm VMM-B }
				""";
	}
}
