package org.ddc.cli.analyze;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.failure.Component;
import org.ddc.cli.TerminalText;

import picocli.CommandLine.Option;

/** The {@code --fail} option of {@code analyze} and {@code diagram} (a picocli mixin), and the components it names. */
public final class FailedComponents {

	@Option(names = "--fail", paramLabel = "COMPONENT", split = ",",
			description = "What-if: components that fail together (hosts such as HD-WEB-03, racks, power feeds, "
					+ "switches, storage switches, storage systems, storage processors as SYSTEM/PROCESSOR, load "
					+ "balancers, firewalls); shows what loses service or capacity. Comma-separated or repeated: "
					+ "--fail SW-A,R02")
	private List<String> names = new ArrayList<>();

	/**
	 * The components of the design the option names, in order; empty (and a message on {@code err} saying what names
	 * there are) when a name is unknown.
	 */
	public Optional<List<Component>> resolve(DesignAnalysis analysis, String command, PrintWriter err) {
		List<Component> components = new ArrayList<>();
		for (String name : names) {
			var component = analysis.failures().component(name.strip());
			if (component.isEmpty()) {
				err.println("ddc " + command + ": --fail: no component named '" + TerminalText.escape(name)
						+ "' in the design (hosts are named like "
						+ TerminalText.escape(analysis.failures().components().stream().findFirst()
								.map(Component::name).orElse("HD-WEB-01"))
						+ "; racks, power feeds, switches, storage and load balancers by their names)");
				return Optional.empty();
			}
			components.add(component.get());
		}
		return Optional.of(components);
	}
}
