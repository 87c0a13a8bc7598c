package org.ddc.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where readers find ddc's README.md and docs/ folder: the ddc installation the launcher runs from (system property
 * {@code ddc.home}, set by {@code ./ddc}) as a {@code file:} URI, or a URI the user gives (e.g. the repository's web
 * view). SARIF links rules and the tool to it.
 */
public final class DocsRoot {
	/** The system property the launcher sets to the installation folder. */
	public static final String HOME_PROPERTY = "ddc.home";

	private DocsRoot() {
	}

	/**
	 * A file under the root, e.g. "docs/rules.md#ipd-5-14". Joined as text: {@link URI#resolve} would turn
	 * "file:///x/" into "file:/x/", which SARIF validators reject.
	 */
	public static String resolve(URI root, String relative) {
		return root + relative;
	}

	/**
	 * The given URI (made to end with "/"), else the installation folder when it holds docs/rules.md, else null.
	 *
	 * @throws IllegalArgumentException when the given URI is not absolute
	 */
	public static URI of(URI given) {
		if (given != null) {
			if (!given.isAbsolute()) {
				throw new IllegalArgumentException("not an absolute URI: " + given);
			}
			return given.toString().endsWith("/") ? given : URI.create(given + "/");
		}
		String home = System.getProperty(HOME_PROPERTY);
		if (home == null || home.isBlank()) {
			return null;
		}
		Path root = Path.of(home).toAbsolutePath().normalize();
		return Files.isRegularFile(root.resolve("docs/rules.md")) ? root.toUri() : null;
	}
}
