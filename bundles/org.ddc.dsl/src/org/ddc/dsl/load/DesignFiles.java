package org.ddc.dsl.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Turns the paths a user gives (files and folders) into the sorted list of .ddc files of one design. */
public final class DesignFiles {
	public static final String EXTENSION = ".ddc";

	private DesignFiles() {
	}

	/**
	 * Expands folders recursively (sorted by path, hidden folders skipped) and keeps files given explicitly. A file
	 * named twice (relative and absolute, through a link, or also found in a folder) is kept once, with the path it
	 * was first named by.
	 *
	 * @throws DesignInputException when a path cannot be read (with the reason), is not a .ddc file, or a folder
	 *             holds none
	 */
	public static List<Path> collect(List<Path> inputs) throws DesignInputException {
		Map<Path, Path> files = new LinkedHashMap<>();
		for (Path input : inputs) {
			String problem = IoProblems.whyNotReadable(input);
			if (problem != null) {
				throw new DesignInputException(input + ": " + problem);
			}
			if (Files.isDirectory(input)) {
				List<Path> found = listFolder(input);
				if (found.isEmpty()) {
					throw new DesignInputException(input + ": folder contains no " + EXTENSION + " files");
				}
				found.forEach(file -> files.putIfAbsent(IoProblems.identity(file), file));
			} else {
				if (!input.getFileName().toString().endsWith(EXTENSION)) {
					throw new DesignInputException(input + ": not a " + EXTENSION + " file");
				}
				files.putIfAbsent(IoProblems.identity(input), input.normalize());
			}
		}
		return new ArrayList<>(files.values());
	}

	private static List<Path> listFolder(Path folder) throws DesignInputException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(EXTENSION))
					.filter(p -> !isHidden(folder.relativize(p)))
					.map(Path::normalize)
					.sorted()
					.toList();
		} catch (IOException | UncheckedIOException e) {
			throw new DesignInputException(folder + ": cannot read folder (" + failedPath(e) + IoProblems.reason(e) + ")");
		}
	}

	private static String failedPath(Exception e) {
		Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
		return cause instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() + ": " : "";
	}

	private static boolean isHidden(Path relative) {
		for (Path segment : relative) {
			if (segment.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}
}
