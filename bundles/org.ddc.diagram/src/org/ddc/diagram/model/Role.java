package org.ddc.diagram.model;

/**
 * What a box stands for, which sets its colours in every diagram and the legend: one palette for all diagrams.
 * Colours are chosen to be told apart in print and by readers with red-green colour blindness (hues spread, plus
 * distinct lightness).
 */
public enum Role {
	HOST("host", "#cfe2f3", "#3d6b99"),
	SWITCH("network switch", "#d9ead3", "#4e7d3a"),
	STORAGE_SWITCH("storage switch", "#fce5cd", "#b45f06"),
	STORAGE_SYSTEM("storage system", "#ead1dc", "#8e3b63"),
	STORAGE_PROCESSOR("storage processor", "#f4cccc", "#8e3b3b"),
	LOAD_BALANCER("load balancer", "#d0e0e3", "#2f6f7a"),
	FIREWALL("firewall", "#ffe599", "#8a6d00"),
	MANAGEMENT_SERVER("management server", "#d9d2e9", "#5b4a8a"),
	OTHER_DEVICE("other device", "#eeeeee", "#666666"),
	/** A host's network or storage adapter, or a team of adapters. */
	ADAPTER("adapter", "#ffffff", "#555555"),
	/** A frame around others: a rack, a cluster, a switch pair, a fabric. */
	GROUP("group", "#fafafa", "#999999"),
	RACK("rack", "#f3f3f3", "#444444"),
	EMPTY_UNIT("empty unit", "#ffffff", "#d0d0d0"),
	/** The part of a power bar in use. */
	POWER_USED("power in use", "#93c47d", "#38761d"),
	/** The part of a power bar in use in the worst case (one feed of a pair down). */
	POWER_WORST("power if the other feed fails", "#f6b26b", "#b45f06"),
	/** A power bar's capacity (the frame). */
	POWER_CAPACITY("power capacity", "#ffffff", "#666666");

	private final String label;
	private final String fill;
	private final String stroke;

	Role(String label, String fill, String stroke) {
		this.label = label;
		this.fill = fill;
		this.stroke = stroke;
	}

	/** "storage switch", as the legend says it. */
	public String label() {
		return label;
	}

	/** Fill colour, {@code #rrggbb}. */
	public String fill() {
		return fill;
	}

	/** Outline and text colour, {@code #rrggbb}. */
	public String stroke() {
		return stroke;
	}
}
