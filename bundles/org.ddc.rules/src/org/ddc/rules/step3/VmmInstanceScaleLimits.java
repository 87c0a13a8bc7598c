package org.ddc.rules.step3;

import java.util.Locale;

import org.ddc.analysis.ManagementScope;
import org.ddc.model.DdcPackage;
import org.ddc.model.VmmInstance;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;
import org.ddc.rules.limits.ScaleLimits;

/**
 * IPD-3-21: one VMM instance supports up to 400 virtualization hosts and 8,000 virtual machines (L260). Hosts are
 * those of the host designs the instance manages; VMs are the in-scope workloads placed on them. Both limits come
 * from the limits catalog (vmm.hosts, vmm.vms), which cites the guide.
 */
public final class VmmInstanceScaleLimits extends Rule {
	static final String HOSTS = "vmm.hosts";
	static final String VMS = "vmm.vms";

	public VmmInstanceScaleLimits() {
		super("IPD-3-21");
	}

	@Override
	public void check(RuleContext context) {
		ScaleLimits.Limit hostLimit = context.limits().get(HOSTS);
		ScaleLimits.Limit vmLimit = context.limits().get(VMS);
		int maxHosts = hostLimit.value().intValue();
		int maxVms = vmLimit.value().intValue();
		ManagementScope scope = ManagementScope.of(context.index());
		for (VmmInstance vmm : context.index().all(VmmInstance.class)) {
			int hosts = scope.hostsManagedBy(vmm);
			int vms = scope.vmsManagedBy(vmm, context.analysis().hosts());
			if (hosts <= maxHosts && vms <= maxVms) {
				continue;
			}
			int needed = Math.max(ceil(hosts, maxHosts), ceil(vms, maxVms));
			context.report(vmm, DdcPackage.Literals.VMM_INSTANCE__MANAGES, String.format(Locale.ROOT,
					"VMM instance %s manages %,d hosts and %,d VMs; one instance supports at most %,d hosts and %,d "
							+ "VMs (%s): needs %d VMM instances — split its hosts over %d instances",
					vmm.getName(), hosts, vms, maxHosts, maxVms, hostLimit.citation().inline(), needed, needed));
		}
	}

	private static int ceil(int value, int limit) {
		return (value + limit - 1) / limit;
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 { quantity 401 }
				vmm-instance VMM-A { manages HD-1 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-1 { quantity 400 }
				host-design HD-2 { quantity 1 }
				vmm-instance VMM-A { manages HD-1 }
				vmm-instance VMM-B { manages HD-2 }
				""";
	}
}
