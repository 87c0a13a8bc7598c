package org.ddc.report.write;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a writer puts its files: a path relative to the report folder, with {@code /} between folders
 * ("report.html", "csv/A-1.csv"). {@link ReportOutput} stages them in a temporary folder; tests keep them in memory.
 */
@FunctionalInterface
public interface FileSink {
	/** A new file at the relative path; the caller closes the stream. */
	OutputStream open(String path) throws IOException;

	/** The same sink with every path under {@code folder} ("contoso/report.html"). */
	default FileSink under(String folder) {
		return path -> open(folder + "/" + path);
	}
}
