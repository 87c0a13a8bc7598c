package org.ddc.analysis.network;

/** What kind of device a {@link Link} connects to a network switch (the rows Table A-5 counts ports for). */
public enum LinkKind {
	/** A host adapter port: one switch port per host of the host design. */
	HOST("host"),
	/** A management server interface: one switch port per server of its count. */
	SERVER("management server"),
	/** The management port of a storage system, storage switch or network switch: one switch port. */
	MANAGEMENT_PORT("management"),
	/** A load balancer interface: one switch port per unit. */
	LOAD_BALANCER("load balancer"),
	/** A firewall interface: one switch port per unit. */
	FIREWALL("firewall");

	private final String label;

	LinkKind(String label) {
		this.label = label;
	}

	/** The kind as messages and reports name its ports: "host", "management server", "management", … */
	public String label() {
		return label;
	}
}
