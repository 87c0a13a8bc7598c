package org.ddc.report.write;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.Finding;
import org.ddc.report.model.Report;

/**
 * The reports of one or more designs written into a folder in the formats asked for, all at once
 * ({@link ReportOutput}): one design's files go straight into the folder ("report.html", "csv/A-1.csv"), several
 * designs get a sub-folder each, named after the design ("contoso/report.html"). The command line and the Eclipse
 * command both write reports through here.
 */
public final class DesignReports {
	/** A design as the report needs it: loaded, its findings, its analysis. */
	public record Design(LoadedDesign design, List<Finding> findings, DesignAnalysis analysis) {
	}

	/** Progress, one step per design and format; {@code false} from {@link #next} stops before the next step. */
	@FunctionalInterface
	public interface Progress {
		boolean next(String step);

		Progress NONE = step -> true;
	}

	private final ReportSource source;

	public DesignReports(ReportSource source) {
		this.source = source;
	}

	/**
	 * Writes the reports and returns the files written, relative to the folder, in order.
	 *
	 * @throws ReportOutputException when a file of the user's is in the way (see {@link ReportOutput})
	 * @throws IOException           when writing fails; the folder is then as it was
	 */
	public List<String> write(List<Design> designs, Set<ReportFormat> formats, Path folder, boolean force,
			Progress progress) throws IOException {
		Set<ReportFormat> ordered = formats.isEmpty() ? EnumSet.allOf(ReportFormat.class) : EnumSet.copyOf(formats);
		return new ReportOutput(folder, force).write(files -> {
			Names folders = new Names("design");
			for (int i = 0; i < designs.size(); i++) {
				Design design = designs.get(i);
				if (!progress.next("building the report" + (designs.size() == 1 ? "" : " " + (i + 1) + " of "
						+ designs.size()))) {
					throw new InterruptedIOException("cancelled");
				}
				Report report = source.build(design.design(), design.findings(), design.analysis());
				FileSink sink = designs.size() == 1 ? files : files.under(folders.of(report.designName()));
				for (ReportFormat format : ordered) {
					if (!progress.next("writing " + format.id() + " of " + report.designName())) {
						throw new InterruptedIOException("cancelled");
					}
					format.writer().write(report, sink);
				}
			}
		});
	}
}
