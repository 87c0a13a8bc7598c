package org.ddc.cli.imports;

import java.util.List;
import java.util.Locale;

/**
 * The rows of Table A-1 (guide L544–L622), by the guide's label and the other spellings tables use for them; plus
 * the workload's name (inventory exports) and its VM instances (ddc's report).
 */
enum A1Row {
	NAME("Workload", "workload name", "name", "server", "server name"),
	APPLICATION("Application name", "application"),
	OPERATING_SYSTEMS("Operating systems supported", "operating systems", "operating system", "os"),
	MEMORY("Memory", "ram"),
	CPU("CPU utilization", "cpu utilisation", "cpu"),
	DISK("Disk space required", "disk space", "disk"),
	IOPS("Disk IOps", "iops", "disk io"),
	SUBNETS("Network subnets", "subnets", "subnet"),
	THROUGHPUT("Network throughput", "throughput"),
	ISOLATION("Isolation requirements", "isolation requirement", "isolation"),
	VIRTUALIZATION("Virtualization supported", "virtualisation supported"),
	FAULT_TOLERANCE("Requirement for fault tolerance", "fault tolerance required", "fault tolerance"),
	APPROACH("Fault-tolerance approach", "fault tolerance approach"),
	IN_SCOPE("In scope"),
	GROUP("Workload grouping", "workload group", "group", "grouping"),
	INSTANCES("VM instances", "instances");

	/** The guide's label. */
	final String label;
	private final List<String> spellings;

	A1Row(String label, String... others) {
		this.label = label;
		this.spellings = java.util.stream.Stream.concat(java.util.stream.Stream.of(label), java.util.stream.Stream.of(others))
				.map(A1Row::key).toList();
	}

	/** A label and the unit it names, if any: "Memory (GB)" is MEMORY with unit "GB". */
	record Label(A1Row row, String unit) {
	}

	/** The row a label names, or null for a label that is not one of Table A-1's. */
	static Label of(String text) {
		String label = text.strip();
		String unit = null;
		java.util.regex.Matcher withUnit = java.util.regex.Pattern.compile("(.*?)\\s*\\(([^()]*)\\)\\s*:?").matcher(label);
		if (withUnit.matches()) {
			label = withUnit.group(1);
			unit = withUnit.group(2).strip();
		}
		String key = key(label);
		for (A1Row row : values()) {
			if (row.spellings.contains(key)) {
				return new Label(row, unit);
			}
		}
		return null;
	}

	/** Lower case, '-' as a space, runs of spaces as one, no trailing ':' (the guide has "… fault tolerance "). */
	private static String key(String label) {
		return label.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll(":$", "").replaceAll("\\s+", " ").strip();
	}
}
