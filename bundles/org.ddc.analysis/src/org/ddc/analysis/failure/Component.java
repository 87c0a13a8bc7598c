package org.ddc.analysis.failure;

import org.eclipse.emf.ecore.EObject;

/**
 * Something that can fail: one physical host (by its instance name, {@code HD-WEB-03}), or a rack, power feed, network
 * switch, storage switch, storage processor, storage system, load balancer or firewall (by its name).
 *
 * @param kind    what it is
 * @param name    its name, as {@code ddc analyze --fail} accepts it
 * @param element the model element (the host design for a host)
 */
public record Component(Kind kind, String name, EObject element) {

	/** Kinds of component. */
	public enum Kind {
		HOST("host"), RACK("rack"), POWER_FEED("power feed"), SWITCH("switch"), STORAGE_SWITCH("storage switch"),
		STORAGE_PROCESSOR("storage processor"), STORAGE_SYSTEM("storage system"), LOAD_BALANCER("load balancer"),
		FIREWALL("firewall");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		/** "power feed". */
		public String label() {
			return label;
		}
	}

	/** "rack R01". */
	public String describe() {
		return kind.label() + " " + name;
	}
}
