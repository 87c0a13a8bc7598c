package org.ddc.cli.validate;

import java.util.List;

import org.ddc.dsl.validation.Finding;
import org.ddc.rules.RuleFinding;
import org.ddc.rules.Severity;

/** Counts of findings by severity. */
public record Summary(int files, int errors, int warnings, int infos, int suppressed, int notChecked) {

	public static Summary of(int files, List<Finding> findings) {
		int errors = 0;
		int warnings = 0;
		int infos = 0;
		int suppressed = 0;
		int notChecked = 0;
		for (Finding finding : findings) {
			if (finding.suppressed()) {
				suppressed++;
				continue;
			}
			if (finding.message().startsWith(RuleFinding.NOT_CHECKED)) {
				notChecked++;
			}
			switch (finding.severity()) {
				case ERROR -> errors++;
				case WARNING -> warnings++;
				case INFO -> infos++;
			}
		}
		return new Summary(files, errors, warnings, infos, suppressed, notChecked);
	}

	/**
	 * "2 errors, 1 warning, 0 infos in 3 files" and, when any, "(4 suppressed)" and "; 2 checks not run" (infos that
	 * say a rule could not check something for a missing input).
	 */
	public String describe() {
		return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(infos, "info") + " in "
				+ plural(files, "file") + (suppressed > 0 ? " (" + suppressed + " suppressed)" : "")
				+ (notChecked > 0 ? "; " + plural(notChecked, "check") + " not run" : "");
	}

	private static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

	public boolean hasErrors() {
		return errors > 0;
	}

	/** Whether a finding at {@code level} or more serious was reported (suppressed findings never count). */
	public boolean reaches(Severity level) {
		return switch (level) {
			case ERROR -> errors > 0;
			case WARNING -> errors + warnings > 0;
			case INFO -> errors + warnings + infos > 0;
		};
	}

}
