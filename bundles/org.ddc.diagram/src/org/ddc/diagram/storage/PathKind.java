package org.ddc.diagram.storage;

import org.ddc.analysis.StorageFabric;
import org.ddc.diagram.model.LegendEntry;

/**
 * How the storage diagram draws a connection: by the fabric side of the storage switch it runs through (colour and
 * dash, so that the two fabrics are told apart in colour, in grey print and by readers with red-green colour
 * blindness), or by what else it is (iSCSI over a network switch, direct-attached, a file share over the network, a
 * storage system named without any declared path).
 */
enum PathKind {
	FABRIC_A("fabric A (first switch of a partner pair)", "#1f5fa8", false),
	FABRIC_B("fabric B (its partner)", "#d9730d", true),
	SINGLE_SWITCH("storage switch without a partner", "#7a4f9e", false),
	NETWORK("iSCSI over a network switch", "#4e7d3a", false),
	DIRECT("direct-attached (one per host)", "#555555", false),
	FILE_SHARE("file share over the network (SMB, NFS)", "#777777", true),
	NO_PATH("storage named, no path declared", "#cc0000", true);

	private final String label;
	private final String colour;
	private final boolean dashed;

	PathKind(String label, String colour, boolean dashed) {
		this.label = label;
		this.colour = colour;
		this.dashed = dashed;
	}

	String colour() {
		return colour;
	}

	boolean dashed() {
		return dashed;
	}

	LegendEntry legend() {
		return new LegendEntry(label, colour, dashed ? LegendEntry.Kind.DASHED_LINE : LegendEntry.Kind.LINE);
	}

	/** The path kind of a storage switch's side. */
	static PathKind of(StorageFabric.Side side) {
		return switch (side) {
		case A -> FABRIC_A;
		case B -> FABRIC_B;
		case SINGLE -> SINGLE_SWITCH;
		};
	}

	/** "fabric A", "fabric B", "no partner". */
	static String describe(StorageFabric.Side side) {
		return side == StorageFabric.Side.SINGLE ? "no partner" : "fabric " + side.name();
	}
}
