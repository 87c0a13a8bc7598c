package org.ddc.cli.validate;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.ddc.cli.DocsRoot;
import org.ddc.cli.TerminalText;
import org.ddc.dsl.validation.Finding;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Writes findings and the summary as text lines or as a JSON document. */
public final class FindingsWriter {

	private FindingsWriter() {
	}

	/**
	 * @param docsRoot where ddc's README.md and docs/ are read, for SARIF's links (see {@link DocsRoot}); null leaves
	 *                 them out
	 */
	public static void write(OutputFormat format, List<String> files, List<Finding> findings, URI docsRoot,
			PrintWriter out) {
		Summary summary = Summary.of(files.size(), findings);
		switch (format) {
			case text -> writeText(findings, summary, out);
			case json -> writeJson(files, findings, summary, out);
			case sarif -> out.println(json(SarifWriter.write(files, findings, Path.of("").toAbsolutePath(), docsRoot)));
		}
		out.flush();
	}

	private static void writeText(List<Finding> findings, Summary summary, PrintWriter out) {
		for (Finding finding : findings) {
			if (!finding.suppressed()) {
				out.println(TerminalText.escape(finding.format()));
			}
		}
		out.println(summary.describe());
	}

	private static void writeJson(List<String> files, List<Finding> findings, Summary summary, PrintWriter out) {
		JsonObject root = new JsonObject();
		JsonArray fileArray = new JsonArray();
		files.forEach(fileArray::add);
		root.add("files", fileArray);
		JsonArray findingArray = new JsonArray();
		for (Finding finding : findings) {
			JsonObject item = new JsonObject();
			item.addProperty("file", finding.file());
			item.addProperty("line", finding.line());
			item.addProperty("column", finding.column());
			item.addProperty("severity", finding.severity().label());
			item.addProperty("id", finding.code());
			item.addProperty("message", finding.message());
			if (finding.fix() != null) {
				JsonObject fix = new JsonObject();
				fix.addProperty("kind", finding.fix().kind());
				fix.addProperty("attribute", finding.fix().attribute());
				fix.addProperty("value", finding.fix().value());
				fix.addProperty("label", finding.fix().label());
				item.add("fix", fix);
			}
			if (finding.suppressed()) {
				item.addProperty("suppressed", finding.suppression());
			}
			findingArray.add(item);
		}
		root.add("findings", findingArray);
		JsonObject counts = new JsonObject();
		counts.addProperty("files", summary.files());
		counts.addProperty("errors", summary.errors());
		counts.addProperty("warnings", summary.warnings());
		counts.addProperty("infos", summary.infos());
		counts.addProperty("notChecked", summary.notChecked());
		counts.addProperty("suppressed", summary.suppressed());
		root.add("summary", counts);
		out.println(json(root));
	}

	/** Pretty-printed JSON that is also safe to show on a terminal (see {@link TerminalText#escapeJson}). */
	private static String json(JsonObject root) {
		return TerminalText.escapeJson(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
	}
}
