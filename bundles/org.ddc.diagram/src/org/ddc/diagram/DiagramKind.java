package org.ddc.diagram;

import java.util.Locale;

/** The diagrams ddc draws of a design. */
public enum DiagramKind {
	/** Every rack from the front, side by side, with its units, devices, power supplies and power bars. */
	RACK("Rack elevations"),
	/** Hosts by cluster, their adapters and teams, switch pairs, load balancers and firewalls; links by subnet. */
	NETWORK("Network topology"),
	/** Host HBAs and iSCSI adapters to storage switches, storage processors and storage systems, by fabric. */
	STORAGE("Storage paths");

	private final String title;

	DiagramKind(String title) {
		this.title = title;
	}

	/** "Rack elevations". */
	public String title() {
		return title;
	}

	/** The name on the command line and of the file: {@code rack}, {@code network}, {@code storage}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The kind named {@code id} (case-insensitive), or null. */
	public static DiagramKind byId(String id) {
		for (DiagramKind kind : values()) {
			if (kind.id().equalsIgnoreCase(id.strip())) {
				return kind;
			}
		}
		return null;
	}
}
