package org.ddc.rules.step2;

import org.ddc.model.DdcPackage;
import org.ddc.model.FormFactor;
import org.ddc.model.HostDesign;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-08: blade and 1U servers may have less expansion space for additional network adapters (L161). The model
 * holds no vendor slot counts, so this is an approximation: network adapters plus HBAs are compared with a typical
 * blade (one onboard adapter and two mezzanine slots: 3 cards) and a typical 1U server (one onboard adapter and
 * three slots: 4 cards).
 */
public final class DenseServerExpansion extends Rule {
	static final int BLADE_CARDS = 3;
	static final int ONE_U_CARDS = 4;

	public DenseServerExpansion() {
		super("IPD-2-08");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			boolean blade = host.isSetFormFactor() && host.getFormFactor() == FormFactor.BLADE;
			boolean oneU = !blade && host.getHeight() != null && host.getHeight().base() <= 1;
			if (!blade && !oneU) {
				continue;
			}
			int cards = host.getAdapters().size() + host.getHbas().size();
			int typical = blade ? BLADE_CARDS : ONE_U_CARDS;
			if (cards > typical) {
				context.report(host, blade ? DdcPackage.Literals.HOST_DESIGN__FORM_FACTOR
						: DdcPackage.Literals.DEVICE__HEIGHT, "host design " + host.getName() + " is a "
						+ (blade ? "blade" : "1U server") + " with " + host.getAdapters().size()
						+ " network adapter(s) and " + host.getHbas().size() + " HBA(s) (" + cards
						+ " cards), more than the " + typical + " such servers typically hold"
						+ ": confirm the model's expansion slots, use multi-port adapters, or choose a larger form factor");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 {
					form-factor blade memory 256 GB
					adapter NIC-1 ports 1 purpose host-management
					adapter NIC-2 ports 1 purpose vm-servicing
					adapter NIC-3 ports 1 purpose cluster-heartbeat
					adapter NIC-4 ports 1 purpose guest-traffic vlan-tagging
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-1 {
					form-factor blade memory 256 GB
					adapter NIC-1 ports 2 purpose host-management, vm-servicing
					adapter NIC-2 ports 2 purpose cluster-heartbeat, guest-traffic vlan-tagging
				}
				""";
	}
}
