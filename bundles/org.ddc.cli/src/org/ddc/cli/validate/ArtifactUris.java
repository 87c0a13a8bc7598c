package org.ddc.cli.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

import com.google.gson.JsonObject;

/**
 * Where SARIF says a file is, in the form code-scanning services accept (SARIF1004): a file under the working
 * directory as a relative URI reference against the base {@code %SRCROOT%} (the working directory, declared in the
 * run's {@code originalUriBaseIds}); any other file as an absolute {@code file:} URI.
 */
final class ArtifactUris {
	static final String SRCROOT = "%SRCROOT%";

	private final Path base;
	private boolean relativeUsed;

	/** @param base the directory relative paths are resolved against (the working directory) */
	ArtifactUris(Path base) {
		this.base = base.toAbsolutePath().normalize();
	}

	/** An {@code artifactLocation} for a file as the user named it (relative to the base, or absolute). */
	JsonObject location(String file) {
		Path path = base.resolve(file).normalize();
		JsonObject location = new JsonObject();
		if (path.startsWith(base) && !path.equals(base)) {
			relativeUsed = true;
			location.addProperty("uri", relative(base.relativize(path)));
			location.addProperty("uriBaseId", SRCROOT);
		} else {
			location.addProperty("uri", path.toUri().toASCIIString());
		}
		return location;
	}

	/** The run's {@code originalUriBaseIds}, or null when no location is relative. */
	JsonObject baseIds() {
		if (!relativeUsed) {
			return null;
		}
		String uri = base.toUri().toASCIIString();
		JsonObject root = new JsonObject();
		root.addProperty("uri", uri.endsWith("/") ? uri : uri + "/");
		JsonObject description = new JsonObject();
		description.addProperty("text", "The working directory of ddc validate; relative paths start here.");
		root.add("description", description);
		JsonObject ids = new JsonObject();
		ids.add(SRCROOT, root);
		return ids;
	}

	/**
	 * A relative path as a URI reference: forward slashes, spaces and non-ASCII characters percent-encoded, and a
	 * first segment with a colon prefixed with "./" so that it is not read as a scheme.
	 */
	static String relative(Path path) {
		StringBuilder text = new StringBuilder();
		for (Path segment : path) {
			text.append(text.isEmpty() ? "" : "/").append(segment);
		}
		String reference = text.indexOf(":") >= 0 && text.indexOf(":") < (text.indexOf("/") < 0 ? text.length()
				: text.indexOf("/")) ? "./" + text : text.toString();
		try {
			return new URI(null, null, reference, null).toASCIIString();
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException("not a path: " + reference, e);
		}
	}
}
