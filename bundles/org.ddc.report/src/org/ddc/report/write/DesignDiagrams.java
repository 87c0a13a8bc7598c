package org.ddc.report.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.ddc.diagram.DiagramInput;
import org.ddc.diagram.DiagramKind;
import org.ddc.diagram.Diagrams;
import org.ddc.diagram.model.Diagram;
import org.ddc.diagram.svg.SvgWriter;

/**
 * The diagrams of one or more designs written into a folder as SVG files, all at once and with the report's rules
 * ({@link ReportOutput}: nothing half-written, no file of the user's overwritten without {@code force}): one design's
 * files go straight into the folder ("rack.svg", "network.svg", "storage.svg"), several designs get a sub-folder
 * each, named after the design. The command line and the Eclipse export both write diagrams through here.
 */
public final class DesignDiagrams {

	private DesignDiagrams() {
	}

	/**
	 * Another file written beside each diagram's SVG, from the same drawing: "rack.png" beside "rack.svg". It is
	 * written into the same output as the SVG files, so it is replaced, refused or left out under the same rules.
	 */
	@FunctionalInterface
	public interface Rendition {
		/** Writes the diagram, whose SVG is given, into {@code out}. */
		void write(Diagram diagram, String svg, OutputStream out) throws IOException;
	}

	/**
	 * Writes the diagrams of the kinds asked for and returns the files written, relative to the folder, in order.
	 *
	 * @throws ReportOutputException when a file of the user's is in the way (see {@link ReportOutput})
	 * @throws IOException           when writing fails; the folder is then as it was
	 */
	public static List<String> write(List<DiagramInput> designs, Collection<DiagramKind> kinds, Path folder,
			boolean force) throws IOException {
		return write(designs, kinds, folder, force, Map.of());
	}

	/**
	 * Writes the diagrams as {@link #write(List, Collection, Path, boolean)} does and, beside each SVG file, a file
	 * per rendition, named by the diagram and the rendition's extension ({@code "png"} → "rack.png"), in the order of
	 * the map.
	 */
	public static List<String> write(List<DiagramInput> designs, Collection<DiagramKind> kinds, Path folder,
			boolean force, Map<String, Rendition> renditions) throws IOException {
		return new ReportOutput(folder, force).write(files -> {
			Names folders = new Names("design");
			for (DiagramInput design : designs) {
				FileSink sink = designs.size() == 1 ? files : files.under(folders.of(design.name()));
				for (Diagram diagram : Diagrams.build(design, kinds)) {
					String svg = SvgWriter.write(diagram);
					try (OutputStream out = sink.open(diagram.kind().id() + ".svg")) {
						out.write(svg.getBytes(StandardCharsets.UTF_8));
					}
					for (Map.Entry<String, Rendition> rendition : renditions.entrySet()) {
						try (OutputStream out = sink.open(diagram.kind().id() + "." + rendition.getKey())) {
							rendition.getValue().write(diagram, svg, out);
						}
					}
				}
			}
		});
	}
}
