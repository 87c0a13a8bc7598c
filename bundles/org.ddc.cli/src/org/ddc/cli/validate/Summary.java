package org.ddc.cli.validate;

import java.util.List;

import org.ddc.dsl.validation.Finding;

/** Counts of findings by severity. */
public record Summary(int files, int errors, int warnings, int infos, int suppressed) {

	public static Summary of(int files, List<Finding> findings) {
		int errors = 0;
		int warnings = 0;
		int infos = 0;
		int suppressed = 0;
		for (Finding finding : findings) {
			if (finding.suppressed()) {
				suppressed++;
				continue;
			}
			switch (finding.severity()) {
				case ERROR -> errors++;
				case WARNING -> warnings++;
				case INFO -> infos++;
			}
		}
		return new Summary(files, errors, warnings, infos, suppressed);
	}

	/** "2 errors, 1 warning, 0 infos in 3 files" and, when any, "(4 suppressed)". */
	public String describe() {
		return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(infos, "info") + " in "
				+ plural(files, "file") + (suppressed > 0 ? " (" + suppressed + " suppressed)" : "");
	}

	private static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

	public boolean hasErrors() {
		return errors > 0;
	}

}
