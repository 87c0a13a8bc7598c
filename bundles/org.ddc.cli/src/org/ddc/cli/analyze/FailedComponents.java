package org.ddc.cli.analyze;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.failure.Component;
import org.ddc.cli.TerminalText;

/** The components a {@code --fail} option names, as {@code analyze} and {@code diagram} read it. */
public final class FailedComponents {

	private FailedComponents() {
	}

	/**
	 * The components of the design with those names, in order; empty (and a message on {@code err} saying what names
	 * there are) when a name is unknown.
	 */
	public static Optional<List<Component>> resolve(DesignAnalysis analysis, List<String> names, String command,
			PrintWriter err) {
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
