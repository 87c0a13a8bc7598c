package org.ddc.dsl.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.model.RuleLevel;

/**
 * The project's rule settings file, {@code ddc.properties}: lines {@code rule.IPD-5-05 = off} (or error, warning,
 * info). It is looked up next to the first input and in the folders above it; the nearest one wins.
 *
 * @param file the settings file, or null when there is none
 * @param levels the levels by rule ID
 * @param problems lines that could not be read, as "line: message"
 */
public record ProjectSettings(Path file, Map<String, RuleLevel> levels, Map<Integer, String> problems) {
	public static final String FILE_NAME = "ddc.properties";
	private static final String PREFIX = "rule.";

	static ProjectSettings find(List<Path> inputs) throws DesignInputException {
		if (inputs.isEmpty()) {
			return new ProjectSettings(null, Map.of(), Map.of());
		}
		Path first = inputs.get(0).toAbsolutePath().normalize();
		for (Path folder = Files.isDirectory(first) ? first : first.getParent(); folder != null; folder = folder
				.getParent()) {
			Path candidate = folder.resolve(FILE_NAME);
			if (Files.isRegularFile(candidate)) {
				return read(candidate);
			}
		}
		return new ProjectSettings(null, Map.of(), Map.of());
	}

	static ProjectSettings read(Path file) throws DesignInputException {
		List<String> lines;
		try {
			// lenient: a malformed byte in a comment must not matter; one in a rule line is reported below
			lines = SourceText.decodeLeniently(Files.readAllBytes(file)).lines().toList();
		} catch (IOException e) {
			throw new DesignInputException(file + ": cannot read settings (" + IoProblems.reason(e) + ")");
		}
		Map<String, RuleLevel> levels = new LinkedHashMap<>();
		Map<Integer, String> problems = new LinkedHashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
				continue;
			}
			int separator = line.indexOf('=') >= 0 ? line.indexOf('=') : line.indexOf(':');
			String key = separator < 0 ? line : line.substring(0, separator).strip();
			String value = separator < 0 ? "" : line.substring(separator + 1).strip();
			RuleLevel level = RuleLevel.get(value);
			if (line.indexOf(SourceText.MALFORMED) >= 0) {
				problems.put(i + 1, "this line is not UTF-8: save the file as UTF-8");
			} else if (!key.startsWith(PREFIX) || level == null) {
				problems.put(i + 1, "expected 'rule.<ID> = error|warning|info|off', found '" + line + "'");
			} else {
				levels.put(key.substring(PREFIX.length()), level);
			}
		}
		return new ProjectSettings(file, levels, problems);
	}

	/** The IDs that are set, for checking against the catalog. */
	public List<String> ruleIds() {
		return new ArrayList<>(levels.keySet());
	}
}
