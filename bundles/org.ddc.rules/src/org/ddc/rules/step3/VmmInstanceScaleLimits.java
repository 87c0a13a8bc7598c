package org.ddc.rules.step3;

import java.util.Locale;

import org.ddc.analysis.ManagementScope;
import org.ddc.model.DdcPackage;
import org.ddc.model.VmmInstance;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-3-21: one VMM instance supports up to 400 virtualization hosts and 8,000 virtual machines (L260). Hosts are
 * those of the host designs the instance manages; VMs are the in-scope workloads placed on them.
 */
public final class VmmInstanceScaleLimits extends Rule {
	static final int MAX_HOSTS = 400;
	static final int MAX_VMS = 8000;

	public VmmInstanceScaleLimits() {
		super("IPD-3-21");
	}

	@Override
	public void check(RuleContext context) {
		ManagementScope scope = ManagementScope.of(context.index());
		for (VmmInstance vmm : context.index().all(VmmInstance.class)) {
			int hosts = scope.hostsManagedBy(vmm);
			int vms = scope.vmsManagedBy(vmm);
			if (hosts <= MAX_HOSTS && vms <= MAX_VMS) {
				continue;
			}
			int needed = Math.max(ceil(hosts, MAX_HOSTS), ceil(vms, MAX_VMS));
			context.report(vmm, DdcPackage.Literals.VMM_INSTANCE__MANAGES, String.format(Locale.ROOT,
					"VMM instance %s manages %,d hosts and %,d VMs; one instance supports at most %,d hosts and %,d "
							+ "VMs: needs %d VMM instances — split its hosts over %d instances",
					vmm.getName(), hosts, vms, MAX_HOSTS, MAX_VMS, needed, needed));
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
