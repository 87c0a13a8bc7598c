package org.ddc.cli.newdesign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes the files of a new design into a folder all at once, never replacing a file. They are written into a hidden
 * temporary folder first; a new target folder is then that folder renamed in one step, and into an existing folder
 * the files are moved one by one (a file that appeared meanwhile stops the move, and the files moved before it are
 * taken back). The temporary folder is removed on every failure path, an interrupted JVM included.
 */
final class StarterFolder {
	static final String TEMPORARY_PREFIX = ".ddc-new-";

	private StarterFolder() {
	}

	/** The given files that exist in the folder already (symbolic links count as existing). */
	static List<Path> existing(Path folder, Iterable<String> fileNames) {
		List<Path> existing = new ArrayList<>();
		for (String name : fileNames) {
			Path file = folder.resolve(name);
			if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
				existing.add(file);
			}
		}
		return existing;
	}

	/**
	 * Writes the files (name → text, UTF-8) into the folder, creating it and its parents when missing.
	 *
	 * @throws FileAlreadyExistsException when one of the files (or, for a new folder, the folder) appeared meanwhile
	 */
	static void write(Path folder, Map<String, String> files) throws IOException {
		Path target = folder.toAbsolutePath().normalize();
		boolean newFolder = !Files.exists(target, LinkOption.NOFOLLOW_LINKS);
		Path parent = newFolder ? target.getParent() : target;
		Files.createDirectories(parent);
		Path temporary = parent.resolve(TEMPORARY_PREFIX + UUID.randomUUID());
		Thread cleanup = new Thread(() -> deleteQuietly(temporary), "ddc-new-cleanup");
		Runtime.getRuntime().addShutdownHook(cleanup);
		try {
			Files.createDirectory(temporary);
			for (Map.Entry<String, String> file : files.entrySet()) {
				Files.writeString(temporary.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8,
						StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			}
			if (newFolder) {
				if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
					throw new FileAlreadyExistsException(target.toString());
				}
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			} else {
				moveInto(temporary, target, files.keySet());
			}
		} finally {
			deleteQuietly(temporary);
			try {
				Runtime.getRuntime().removeShutdownHook(cleanup);
			} catch (IllegalStateException shuttingDown) {
				// the hook is running or has run: it removes the temporary folder
			}
		}
	}

	private static void moveInto(Path temporary, Path target, Iterable<String> names) throws IOException {
		List<Path> moved = new ArrayList<>();
		try {
			for (String name : names) {
				// without REPLACE_EXISTING: a file that exists by now is not replaced
				Files.move(temporary.resolve(name), target.resolve(name));
				moved.add(target.resolve(name));
			}
		} catch (IOException e) {
			for (Path file : moved) {
				deleteQuietly(file);
			}
			throw e;
		}
	}

	private static void deleteQuietly(Path path) {
		if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(path)) {
			for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(each);
			}
		} catch (IOException e) {
			// nothing more can be done; the folder is hidden and named as ddc's
		}
	}
}
