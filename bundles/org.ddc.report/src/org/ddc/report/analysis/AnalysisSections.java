package org.ddc.report.analysis;

import java.util.List;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.dsl.validation.Finding;
import org.ddc.report.model.Section;

/**
 * The report's analysis sections, read from the analysis the rules used: sizing per cluster (table and bars),
 * placement, N+k survival, failure domains and single points of failure, the findings by guide step, and the
 * business-validation checklist.
 */
public final class AnalysisSections {
	private AnalysisSections() {
	}

	/** Sizing, placement, survival and failures, in that order. */
	public static List<Section> sections(DesignAnalysis analysis) {
		return List.of(SizingSection.section(analysis), PlacementSection.section(analysis),
				SurvivalSection.section(analysis), FailureSection.section(analysis));
	}

	/** The findings grouped by guide step. */
	public static Section findings(List<Finding> findings) {
		return FindingsSection.section(findings);
	}

	/** The business-validation questions. */
	public static Section checklist() {
		return ChecklistSection.section();
	}
}
