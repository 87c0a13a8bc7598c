package org.ddc.report.writers.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium (Debian package {@code chromium}; {@code .ci/run} installs it) on a page, with the flags that
 * keep it off the network and away from the user's profile.
 */
final class Chromium {
	private Chromium() {
	}

	static String executable() {
		for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
			if (Files.isExecutable(Path.of(candidate))) {
				return candidate;
			}
		}
		throw new AssertionError("headless Chromium is needed to look at the HTML report: apt-get install chromium");
	}

	/** Runs Chromium with the arguments on the page; returns what it printed on stdout. */
	static String run(Path page, Path profile, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(executable(), "--headless", "--no-sandbox", "--disable-gpu",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + profile));
		command.addAll(List.of(arguments));
		command.add(page.toUri().toString());
		Path output = Files.createTempFile(profile.getParent(), "chromium", ".out");
		Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
				.redirectError(ProcessBuilder.Redirect.DISCARD).start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("chromium did not finish in 120 s: " + command);
		}
		if (process.exitValue() != 0) {
			throw new AssertionError("chromium exited " + process.exitValue() + ": " + command);
		}
		return Files.readString(output, StandardCharsets.UTF_8);
	}
}
