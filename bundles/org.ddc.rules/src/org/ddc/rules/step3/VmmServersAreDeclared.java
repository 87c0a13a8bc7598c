package org.ddc.rules.step3;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.DdcPackage;
import org.ddc.model.VmmInstance;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-3-26: the VMM servers are in the configuration management and operations management scope (L264). They are
 * counted in Table A-4 as management servers; a VMM instance that names no servers leaves them out.
 */
public final class VmmServersAreDeclared extends Rule {

	public VmmServersAreDeclared() {
		super("IPD-3-26");
	}

	@Override
	public void check(RuleContext context) {
		for (VmmInstance vmm : context.index().all(VmmInstance.class)) {
			if (vmm.getServers().stream().noneMatch(DesignIndex::live)) {
				context.report(vmm, DdcPackage.Literals.ELEMENT__NAME, "VMM instance " + vmm.getName()
						+ " names no servers, so its VMM servers are missing from the Configuration Manager and "
						+ "Operations Manager scope (Table A-4): declare them as management servers with role vmm "
						+ "and list them in 'servers'");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 { quantity 4 }
				vmm-instance VMM-A { manages HD-1 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-1 { quantity 4 }
				management-server VMM-1 { roles vmm, vmm-library runs physical }
				vmm-instance VMM-A { servers VMM-1 manages HD-1 }
				""";
	}
}
