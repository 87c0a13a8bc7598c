package org.ddc.diagram.model;

import java.util.List;

import org.ddc.rules.Severity;

/**
 * What an overlay says of an element: its worst finding (with the rule IDs of its errors and warnings), whether it is
 * a single point of failure, and its part in a what-if failure.
 *
 * @param severity the worst unsuppressed finding of severity warning or error on the element, or null
 * @param rules    the IDs of its unsuppressed errors and warnings, sorted, each once
 * @param spof     its failure alone takes a workload out
 * @param failure  its part in the what-if ({@code ddc diagram --fail})
 * @param notes    what the tooltip says of the above, one line each
 */
public record Mark(Severity severity, List<String> rules, boolean spof, Failure failure, List<String> notes) {

	/** An element's part in a what-if failure. */
	public enum Failure {
		/** Not touched. */
		NONE,
		/** One of the components that fail. */
		FAILED,
		/** Stops: a host without power, network or storage, a workload that loses every instance. */
		DOWN,
		/** Loses capacity or some instances but keeps running. */
		DEGRADED
	}

	/** No mark. */
	public static final Mark NONE = new Mark(null, List.of(), false, Failure.NONE, List.of());

	public Mark {
		rules = List.copyOf(rules);
		notes = List.copyOf(notes);
	}

	/** True when there is something to draw. */
	public boolean any() {
		return severity != null || spof || failure != Failure.NONE;
	}
}
