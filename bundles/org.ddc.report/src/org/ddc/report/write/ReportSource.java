package org.ddc.report.write;

import java.util.List;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.Finding;
import org.ddc.report.model.Report;

/** Makes the report of one loaded, validated and analysed design (the job aids and the analysis sections). */
@FunctionalInterface
public interface ReportSource {
	Report build(LoadedDesign design, List<Finding> findings, DesignAnalysis analysis);
}
