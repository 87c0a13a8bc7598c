package org.ddc.analysis;

/**
 * Everything ddc derives from one design, computed once per state of the design and read by rules, reports,
 * diagrams and the editor. Each part is computed on first use.
 */
public final class DesignAnalysis {
	private final DesignIndex index;
	private RackLayout racks;

	private DesignAnalysis(DesignIndex index) {
		this.index = index;
	}

	public static DesignAnalysis of(DesignIndex index) {
		return new DesignAnalysis(index);
	}

	public DesignIndex index() {
		return index;
	}

	/** Where every physical device sits, what each rack holds and draws. */
	public synchronized RackLayout racks() {
		if (racks == null) {
			racks = RackLayout.of(index);
		}
		return racks;
	}
}
