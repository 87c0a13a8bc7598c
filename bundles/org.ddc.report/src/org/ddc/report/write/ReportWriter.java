package org.ddc.report.write;

import java.io.IOException;

import org.ddc.report.model.Report;

/** Renders a report in one format into one or more files. */
@FunctionalInterface
public interface ReportWriter {
	void write(Report report, FileSink files) throws IOException;
}
