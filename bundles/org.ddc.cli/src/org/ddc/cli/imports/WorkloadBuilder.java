package org.ddc.cli.imports;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ddc.model.DdcFactory;
import org.ddc.model.Element;
import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.IsolationDomain;
import org.ddc.model.Subnet;
import org.ddc.model.Workload;
import org.ddc.model.WorkloadGroup;
import org.ddc.model.units.DataRate;
import org.ddc.model.units.DataSize;
import org.ddc.model.units.Dimension;
import org.ddc.model.units.IoRate;
import org.ddc.model.units.Percentage;
import org.ddc.model.units.Unit;

/**
 * Turns the cells of Table A-1 into workload declarations (EMF objects), collecting a {@link Problem} for every cell
 * that does not say what ddc needs. Subnets, workload groups and isolation domains the workloads name become
 * placeholders that only carry the name (they are declared elsewhere in the design).
 * <p>
 * A Table A-1 column describes a whole workload: with a "VM instances" count (as ddc's report writes it) its memory,
 * CPU, disk space, IOps and throughput are for all instances together, and each VM gets its share.
 */
final class WorkloadBuilder {
	private static final DdcFactory F = DdcFactory.eINSTANCE;

	private final A1Table table;
	final List<Workload> workloads = new ArrayList<>();
	final List<Problem> problems = new ArrayList<>();
	/** The placeholders of the elements the workloads refer to, by name, per kind. */
	final Map<String, Subnet> subnets = new LinkedHashMap<>();
	final Map<String, WorkloadGroup> groups = new LinkedHashMap<>();
	final Map<String, IsolationDomain> isolationDomains = new LinkedHashMap<>();
	private final Map<String, SheetCell> names = new HashMap<>();

	WorkloadBuilder(A1Table table) {
		this.table = table;
		problems.addAll(table.problems);
		for (A1Row row : A1Row.values()) {
			SheetCell label = table.label(row);
			String unit = table.unit(row);
			if (label != null && unit != null && dimension(row) != null && (CellQuantity.unit(unit) == null
					|| CellQuantity.unit(unit).dimension() != dimension(row))) {
				problems.add(new Problem(label, "'" + unit + "' is not a unit of " + dimension(row).label() + ": use "
						+ Unit.describe(dimension(row))));
			}
		}
		table.workloads.forEach(this::add);
	}

	private static Dimension dimension(A1Row row) {
		return switch (row) {
		case MEMORY, DISK -> Dimension.DATA_SIZE;
		case CPU -> Dimension.PERCENTAGE;
		case IOPS -> Dimension.IO_RATE;
		case THROUGHPUT -> Dimension.DATA_RATE;
		default -> null;
		};
	}

	private void add(A1Table.Workload cells) {
		Workload workload = F.createWorkload();
		// a workload without a usable name is not written, but its other cells are still checked
		String name = name(cells);
		workload.setName(name);
		Map<A1Row, SheetCell> c = cells.cells();
		text(c.get(A1Row.APPLICATION), workload::setApplication);
		if (c.containsKey(A1Row.OPERATING_SYSTEMS)) {
			workload.getOperatingSystems().addAll(items(c.get(A1Row.OPERATING_SYSTEMS).text()));
		}
		int instances = instances(c.get(A1Row.INSTANCES));
		workload.setInstances(instances);
		quantity(c, A1Row.MEMORY, instances, v -> workload.setMemory(new DataSize(v.amount(), v.unit())));
		quantity(c, A1Row.CPU, instances, v -> workload.setCpu(new Percentage(v.amount(), v.unit())));
		quantity(c, A1Row.DISK, instances, v -> workload.setDisk(new DataSize(v.amount(), v.unit())));
		quantity(c, A1Row.IOPS, instances, v -> workload.setIops(new IoRate(v.amount(), v.unit())));
		quantity(c, A1Row.THROUGHPUT, instances, v -> workload.setThroughput(new DataRate(v.amount(), v.unit())));
		if (c.containsKey(A1Row.SUBNETS)) {
			for (String subnet : items(c.get(A1Row.SUBNETS).text())) {
				// ddc's report writes "NAME (10.1.2.0/24)"
				String subnetName = reference(c.get(A1Row.SUBNETS), subnet.replaceFirst("\\s*\\([^()]*\\)$", ""),
						"subnet");
				if (subnetName != null) {
					workload.getSubnets().add(placeholder(subnets, subnetName, F::createSubnet));
				}
			}
		}
		isolation(c.get(A1Row.ISOLATION), workload);
		yesNo(c.get(A1Row.VIRTUALIZATION), workload::setVirtualizationSupported);
		yesNo(c.get(A1Row.FAULT_TOLERANCE), workload::setFaultToleranceRequired);
		approach(c.get(A1Row.APPROACH), workload);
		inScope(c.get(A1Row.IN_SCOPE), workload);
		if (c.containsKey(A1Row.GROUP)) {
			String group = reference(c.get(A1Row.GROUP), c.get(A1Row.GROUP).text(), "workload group");
			if (group != null) {
				workload.setGroup(placeholder(groups, group, F::createWorkloadGroup));
			}
		}
		if (name != null) {
			workloads.add(workload);
		}
	}

	/** The workload's name: its own cell, else its column's header, else its application name. */
	private String name(A1Table.Workload cells) {
		SheetCell cell = cells.cells().containsKey(A1Row.NAME) ? cells.cells().get(A1Row.NAME)
				: cells.header() != null ? cells.header() : cells.cells().get(A1Row.APPLICATION);
		if (cell == null) {
			problems.add(new Problem(cells.first(), "this workload has no name: "
					+ (table.guideLayout ? "head its column with the workload's name" : "add a 'Workload' column")
					+ " or fill in its '" + A1Row.APPLICATION.label + "'"));
			return null;
		}
		String problem = Names.problem(cell.text());
		if (problem != null) {
			problems.add(new Problem(cell, "workload name " + problem));
			return null;
		}
		SheetCell earlier = names.putIfAbsent(cell.text(), cell);
		if (earlier != null) {
			problems.add(new Problem(cell, "workload name '" + cell.text() + "' is used at " + earlier.position()
					+ " already: every workload needs a name of its own"));
			return null;
		}
		return cell.text();
	}

	/** A name the workload refers to, or null (with a problem) when it cannot name an element. */
	private String reference(SheetCell cell, String name, String kind) {
		String problem = Names.problem(name);
		if (problem == null) {
			return name;
		}
		String address = name.matches("[0-9x.*/]+") && name.contains(".")
				? " ('" + name + "' is an address: name the " + kind + " here, e.g. NET-"
						+ name.replaceAll("[^0-9]+", "-").replaceAll("^-|-$", "") + ", and give it the address in its"
						+ " declaration: cidr \"…\")"
				: "";
		problems.add(new Problem(cell, kind + " name " + problem + address));
		return null;
	}

	private static <T extends Element> T placeholder(Map<String, T> known, String name, java.util.function.Supplier<T> create) {
		return known.computeIfAbsent(name, n -> {
			T element = create.get();
			element.setName(n);
			return element;
		});
	}

	private static void text(SheetCell cell, java.util.function.Consumer<String> set) {
		if (cell != null) {
			set.accept(cell.text());
		}
	}

	/** The items of a list cell: separated by ',', ';' or line breaks. */
	private static List<String> items(String text) {
		return java.util.Arrays.stream(text.split("[,;\\r\\n]+")).map(String::strip).filter(s -> !s.isEmpty())
				.toList();
	}

	private int instances(SheetCell cell) {
		if (cell == null) {
			return 1;
		}
		String text = cell.number() != null ? cell.number().stripTrailingZeros().toPlainString() : cell.text();
		if (text.matches("\\d{1,6}") && Integer.parseInt(text) >= 1) {
			return Integer.parseInt(text);
		}
		problems.add(new Problem(cell, "'" + cell.text() + "' is not a number of VM instances: write a whole number "
				+ "from 1 up"));
		return 1;
	}

	private void quantity(Map<A1Row, SheetCell> cells, A1Row row, int instances,
			java.util.function.Consumer<CellQuantity.Value> set) {
		SheetCell cell = cells.get(row);
		if (cell == null) {
			return;
		}
		try {
			CellQuantity.Value value = CellQuantity.of(cell, dimension(row), CellQuantity.unit(table.unit(row)));
			BigDecimal perInstance = instances == 1 ? value.amount()
					: CellQuantity.rounded(value.amount().divide(BigDecimal.valueOf(instances), MathContext.DECIMAL64));
			set.accept(new CellQuantity.Value(perInstance, value.unit()));
		} catch (IllegalArgumentException e) {
			problems.add(new Problem(cell, e.getMessage()));
		}
	}

	/** Yes or No, with any remark after it ("Yes (PCI)"); null (with a problem) otherwise. */
	private Boolean yesNo(SheetCell cell) {
		String word = cell.text().replaceFirst("\\s*\\(.*$", "").strip().toLowerCase(Locale.ROOT);
		return switch (word) {
		case "yes", "y", "true" -> Boolean.TRUE;
		case "no", "n", "false" -> Boolean.FALSE;
		default -> {
			problems.add(new Problem(cell, "'" + cell.text() + "' is neither Yes nor No"));
			yield null;
		}
		};
	}

	private void yesNo(SheetCell cell, java.util.function.Consumer<Boolean> set) {
		Boolean value = cell == null ? null : yesNo(cell);
		if (value != null) {
			set.accept(value);
		}
	}

	/** "No" (or "none"), or the isolation domain: "Yes (PCI-CDE)", or its name alone. */
	private void isolation(SheetCell cell, Workload workload) {
		if (cell == null) {
			return;
		}
		String text = cell.text();
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.equals("no") || lower.equals("none") || lower.equals("n")) {
			workload.setIsolationRequired(false);
			return;
		}
		String domain = text.matches("(?i)yes\\s*\\((.+)\\)") ? text.replaceFirst("(?i)yes\\s*\\((.+)\\)", "$1").strip()
				: lower.equals("yes") || lower.equals("y") ? null : text;
		if (domain == null) {
			problems.add(new Problem(cell, "'" + text + "' names no isolation domain: write the domain the workload "
					+ "belongs to, e.g. 'Yes (PCI-CDE)' or 'PCI-CDE' (workloads of a domain get hosts of their own), "
					+ "or 'No'"));
			return;
		}
		String name = reference(cell, domain, "isolation domain");
		if (name != null) {
			workload.setIsolation(placeholder(isolationDomains, name, F::createIsolationDomain));
		}
	}

	/** The guide's four options (L112–L125) and "Not applicable", or ddc's own words for them. */
	private void approach(SheetCell cell, Workload workload) {
		if (cell == null) {
			return;
		}
		String key = cell.text().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
		FaultToleranceApproach approach = switch (key) {
		case "load balancing", "option 1 load balancing", "nlb" -> FaultToleranceApproach.LOAD_BALANCING;
		case "virtual machine level clustering", "vm level clustering", "vm clustering",
				"option 2 virtual machine level clustering" -> FaultToleranceApproach.VM_CLUSTERING;
		case "host level clustering", "host clustering", "option 3 host level clustering" ->
			FaultToleranceApproach.HOST_CLUSTERING;
		case "application level fault tolerance", "application level",
				"option 4 application level fault tolerance" -> FaultToleranceApproach.APPLICATION_LEVEL;
		case "not applicable", "n a", "none" -> FaultToleranceApproach.NOT_APPLICABLE;
		default -> null;
		};
		if (approach == null) {
			problems.add(new Problem(cell, "'" + cell.text() + "' is not one of the guide's fault-tolerance approaches"
					+ (key.equals("cluster") ? " ('Cluster' does not say which clustering)" : "")
					+ ": write Load Balancing, Virtual Machine-Level Clustering, Host-Level Clustering, "
					+ "Application-Level Fault Tolerance or Not applicable"));
			return;
		}
		workload.setFaultToleranceApproach(approach);
		if (!workload.isSetFaultToleranceRequired()) {
			// the language states the approach with the requirement; the approach implies it
			workload.setFaultToleranceRequired(approach != FaultToleranceApproach.NOT_APPLICABLE);
		}
	}

	/** Yes or No; a remark that the value was not stated (ddc's report: "Yes (not stated: …)") leaves it unset. */
	private void inScope(SheetCell cell, Workload workload) {
		if (cell != null && !cell.text().toLowerCase(Locale.ROOT).contains("(not stated")) {
			yesNo(cell, workload::setInScope);
		}
	}

	/** The placeholders, for messages: "subnets NET-A, NET-B". */
	static String names(Map<String, ? extends Element> elements) {
		return String.join(", ", elements.keySet());
	}
}
