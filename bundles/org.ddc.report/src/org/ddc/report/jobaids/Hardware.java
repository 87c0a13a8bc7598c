package org.ddc.report.jobaids;

import java.util.Locale;

import org.ddc.model.CpuSpec;

/** How the job aids write hardware the design states. */
final class Hardware {
	private Hardware() {
	}

	/**
	 * A CPU as Table A-3 writes it, cores × clock (the guide's sample "12x3.0 GHz", L689), with the split the design
	 * states: "12 × 3.0 GHz (2 × 6 cores, Intel)".
	 */
	static String cpu(CpuSpec cpu) {
		String clock = cpu.getClock() == null ? "clock not stated" : cpu.getClock().toString();
		StringBuilder text = new StringBuilder();
		text.append(cpu.getSockets() * cpu.getCoresPerSocket()).append(" × ").append(clock).append(" (")
				.append(cpu.getSockets()).append(" × ").append(cpu.getCoresPerSocket()).append(" cores");
		if (cpu.getThreadsPerCore() > 1) {
			text.append(", ").append(cpu.getThreadsPerCore()).append(" threads per core");
		}
		if (cpu.isSetVendor()) {
			String vendor = cpu.getVendor().getLiteral();
			text.append(", ").append(vendor.equals("amd") ? "AMD" : capitalized(vendor));
		}
		return text.append(')').toString();
	}

	/**
	 * A subnet's purpose as words, with its description when that says more ("host management (Patching)"), or null
	 * when it states neither.
	 */
	static String purpose(org.ddc.model.Subnet subnet) {
		String purpose = subnet.isSetPurpose() ? words(subnet.getPurpose().getLiteral()) : null;
		String description = subnet.getDescription() == null || subnet.getDescription().isBlank() ? null
				: subnet.getDescription().strip();
		if (purpose == null || description == null || description.equalsIgnoreCase(purpose)) {
			return purpose != null ? purpose : description;
		}
		return purpose + " (" + description + ")";
	}

	/** The text with its first letter in upper case: "rack" → "Rack"; "iSCSI" stays. */
	static String capitalized(String text) {
		return text.isEmpty() || text.startsWith("iSCSI") ? text
				: text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

	/** An enumeration literal as words: "host-management" → "host management", "vm-servicing" → "VM servicing". */
	static String words(String literal) {
		return (" " + literal.replace('-', ' ') + " ").replace(" vm ", " VM ").replace(" iscsi ", " iSCSI ")
				.replace(" ecc ", " ECC ").strip();
	}
}
