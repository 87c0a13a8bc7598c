package org.ddc.report.jobaids;

import java.util.List;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.report.model.Section;

/**
 * The guide's job aids, Appendix A Tables A-1 … A-7, filled from a design and its analysis: each table keeps the
 * guide's layout and its row labels verbatim (Appendix A, L535–L839); rows ddc adds are marked derived, the per-role
 * breakdown of Table A-4 as detail rows. Every figure is read from {@code org.ddc.analysis}; a value the design does
 * not state is an empty cell that says so.
 */
public final class JobAids {
	private JobAids() {
	}

	/** Tables A-1 … A-7, one section each, in the guide's order. */
	public static List<Section> sections(DesignAnalysis analysis) {
		return List.of(TableA1.section(analysis), TableA2.section(analysis), TableA3.section(analysis),
				TableA4.section(analysis), TableA5.section(analysis), FrontEnds.loadBalancers(analysis),
				FrontEnds.firewalls(analysis));
	}
}
