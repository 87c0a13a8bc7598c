package org.ddc.cli.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file all at once: the text goes to a hidden temporary file next to the target, which then replaces the
 * target in one atomic rename, so a reader never sees half a file. The temporary file is removed on every failure
 * path (an exception, a full disk, an interrupted JVM through a shutdown hook). A new file gets the default
 * permissions (the umask applies); a replaced file keeps its permissions.
 */
public final class TargetFile {
	static final String TEMPORARY_PREFIX = ".ddc-generate-";
	static final String TEMPORARY_SUFFIX = ".tmp";

	private TargetFile() {
	}

	public static void write(Path target, String text) throws IOException {
		Path absolute = target.toAbsolutePath();
		Files.createDirectories(absolute.getParent());
		Path temporary = absolute.resolveSibling(TEMPORARY_PREFIX + UUID.randomUUID() + TEMPORARY_SUFFIX);
		Thread cleanup = new Thread(() -> deleteQuietly(temporary), "ddc-generate-cleanup");
		Runtime.getRuntime().addShutdownHook(cleanup);
		try {
			// CREATE_NEW without file attributes: the mode is 0666 minus the umask, as for any new file
			Files.writeString(temporary, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE);
			keepPermissions(absolute, temporary);
			Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			deleteQuietly(temporary);
			try {
				Runtime.getRuntime().removeShutdownHook(cleanup);
			} catch (IllegalStateException shuttingDown) {
				// the hook is running or has run: it removes the temporary file
			}
		}
	}

	private static void keepPermissions(Path existing, Path replacement) throws IOException {
		if (Files.isRegularFile(existing) && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(existing));
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// nothing more can be done; the file is hidden and named as ddc's
		}
	}
}
