package org.ddc.rules.step4;

import java.util.List;

import org.ddc.model.DdcPackage;
import org.ddc.model.Hba;
import org.ddc.model.HbaPurpose;
import org.ddc.model.HostDesign;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-4-17: a host that boots from the SAN has at least two HBAs dedicated to booting (L411). */
public final class BootFromSanHasTwoBootHbas extends Rule {

	public BootFromSanHasTwoBootHbas() {
		super("IPD-4-17");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			if (!host.isBootFromSan()) {
				continue;
			}
			List<Hba> boot = host.getHbas().stream()
					.filter(h -> h.isSetPurpose() && h.getPurpose() == HbaPurpose.BOOT_FROM_SAN).toList();
			if (boot.size() < 2) {
				context.report(host, DdcPackage.Literals.HOST_DESIGN__BOOT_FROM_SAN, "host design " + host.getName()
						+ " boots from the SAN with " + (boot.isEmpty() ? "no HBA" : "one HBA, " + boot.get(0).getName()
								+ ",")
						+ " dedicated to booting: dedicate at least two HBAs with 'purpose boot-from-san'");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design H { quantity 2 boot-from-san yes
					hba BOOT-1 fibre-channel purpose boot-from-san }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design H { quantity 2 boot-from-san yes
					hba BOOT-1 fibre-channel purpose boot-from-san
					hba BOOT-2 fibre-channel purpose boot-from-san }
				""";
	}
}
