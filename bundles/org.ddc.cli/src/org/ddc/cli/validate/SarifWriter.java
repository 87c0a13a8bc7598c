package org.ddc.cli.validate;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.cli.DdcCommand;
import org.ddc.cli.DocsRoot;
import org.ddc.cli.rules.RuleDocumentation;
import org.ddc.cli.rules.RuleDescriptions;
import org.ddc.cli.rules.RuleDescriptions.Description;
import org.ddc.dsl.validation.Finding;
import org.ddc.rules.Severity;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Findings as a SARIF 2.1.0 log: one run of the tool "ddc" whose driver lists every rule and check (ID, title,
 * default level, citation, a {@code helpUri} to its section of docs/rules.md), one result per finding with its
 * physical location, and suppressed findings with an in-source suppression and its justification. Fix data travels in
 * the result's property bag. File locations follow {@link ArtifactUris}, so that code-scanning services accept them.
 */
final class SarifWriter {
	static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

	private SarifWriter() {
	}

	/**
	 * @param workingDirectory the directory relative file names are relative to
	 * @param docsRoot         where ddc's README.md and docs/ are read (see {@link DocsRoot}), or null to leave out
	 *                         the links
	 */
	static JsonObject write(List<String> files, List<Finding> findings, Path workingDirectory, URI docsRoot) {
		List<Description> rules = RuleDescriptions.all();
		Map<String, Integer> ruleIndex = new LinkedHashMap<>();
		JsonArray ruleArray = new JsonArray();
		for (Description rule : rules) {
			ruleIndex.put(rule.id(), ruleArray.size());
			ruleArray.add(rule(rule, docsRoot));
		}
		ArtifactUris uris = new ArtifactUris(workingDirectory);
		Map<String, Integer> artifactIndex = new LinkedHashMap<>();
		JsonArray artifacts = new JsonArray();
		List<String> allFiles = new ArrayList<>(files);
		findings.stream().map(Finding::file).filter(f -> !allFiles.contains(f)).distinct().forEach(allFiles::add);
		for (String file : allFiles) {
			artifactIndex.put(file, artifacts.size());
			JsonObject artifact = new JsonObject();
			artifact.add("location", uris.location(file));
			JsonArray roles = new JsonArray();
			roles.add("analysisTarget");
			artifact.add("roles", roles);
			artifact.addProperty("sourceLanguage", "ddc");
			artifacts.add(artifact);
		}
		JsonArray results = new JsonArray();
		for (Finding finding : findings) {
			results.add(result(finding, ruleIndex, artifactIndex, uris));
		}
		JsonObject driver = new JsonObject();
		driver.addProperty("name", "ddc");
		driver.addProperty("version", new DdcCommand.Version().getVersion()[0].replace("ddc ", ""));
		driver.addProperty("fullName", "ddc — datacenter design as code");
		if (docsRoot != null) {
			driver.addProperty("informationUri", DocsRoot.resolve(docsRoot, "README.md"));
		}
		driver.add("rules", ruleArray);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);
		JsonObject run = new JsonObject();
		run.add("tool", tool);
		if (uris.baseIds() != null) {
			run.add("originalUriBaseIds", uris.baseIds());
		}
		run.add("artifacts", artifacts);
		run.add("results", results);
		run.addProperty("columnKind", "unicodeCodePoints");
		JsonArray runs = new JsonArray();
		runs.add(run);
		JsonObject log = new JsonObject();
		log.addProperty("$schema", SCHEMA);
		log.addProperty("version", "2.1.0");
		log.add("runs", runs);
		return log;
	}

	private static JsonObject rule(Description rule, URI docsRoot) {
		JsonObject item = new JsonObject();
		item.addProperty("id", rule.id());
		item.add("shortDescription", text(rule.title()));
		if (docsRoot != null) {
			item.addProperty("helpUri", DocsRoot.resolve(docsRoot,
					RuleDocumentation.PATH + "#" + RuleDocumentation.anchor(rule.id())));
		}
		if (rule.quote() != null && !rule.quote().isBlank()) {
			item.add("fullDescription", text("\u201c" + rule.quote() + "\u201d (" + rule.citation() + ")"));
		}
		JsonObject configuration = new JsonObject();
		configuration.addProperty("level", level(rule.severity()));
		item.add("defaultConfiguration", configuration);
		JsonObject properties = new JsonObject();
		if (rule.citation() != null) {
			properties.addProperty("citation", rule.citation());
		}
		JsonArray tags = new JsonArray();
		tags.add(rule.group());
		properties.add("tags", tags);
		item.add("properties", properties);
		return item;
	}

	private static JsonObject result(Finding finding, Map<String, Integer> ruleIndex,
			Map<String, Integer> artifactIndex, ArtifactUris uris) {
		JsonObject result = new JsonObject();
		result.addProperty("ruleId", finding.code());
		Integer index = ruleIndex.get(finding.code());
		if (index != null) {
			result.addProperty("ruleIndex", index);
		}
		result.addProperty("level", level(finding.severity()));
		result.add("message", text(finding.message()));
		JsonObject region = new JsonObject();
		region.addProperty("startLine", finding.line());
		region.addProperty("startColumn", finding.column());
		JsonObject physical = new JsonObject();
		JsonObject artifactLocation = uris.location(finding.file());
		artifactLocation.addProperty("index", artifactIndex.get(finding.file()));
		physical.add("artifactLocation", artifactLocation);
		physical.add("region", region);
		JsonObject location = new JsonObject();
		location.add("physicalLocation", physical);
		JsonArray locations = new JsonArray();
		locations.add(location);
		result.add("locations", locations);
		if (finding.suppressed()) {
			JsonObject suppression = new JsonObject();
			suppression.addProperty("kind", "inSource");
			suppression.addProperty("justification", finding.suppression());
			JsonArray suppressions = new JsonArray();
			suppressions.add(suppression);
			result.add("suppressions", suppressions);
		}
		if (finding.fix() != null) {
			JsonObject fix = new JsonObject();
			fix.addProperty("kind", finding.fix().kind());
			fix.addProperty("attribute", finding.fix().attribute());
			fix.addProperty("value", finding.fix().value());
			fix.addProperty("label", finding.fix().label());
			JsonObject properties = new JsonObject();
			properties.add("fix", fix);
			result.add("properties", properties);
		}
		return result;
	}

	private static JsonObject text(String text) {
		JsonObject message = new JsonObject();
		message.addProperty("text", text);
		return message;
	}

	static String level(Severity severity) {
		return switch (severity) {
			case ERROR -> "error";
			case WARNING -> "warning";
			case INFO -> "note";
		};
	}
}
