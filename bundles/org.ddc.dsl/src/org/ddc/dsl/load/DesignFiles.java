package org.ddc.dsl.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Turns the paths a user gives (files and folders) into the sorted list of .ddc files of one design. */
public final class DesignFiles {
	public static final String EXTENSION = ".ddc";

	private DesignFiles() {
	}

	/**
	 * Expands folders recursively (sorted by path, hidden folders skipped) and keeps files given explicitly.
	 *
	 * @throws DesignInputException when a path does not exist, is not a .ddc file, or a folder holds none
	 */
	public static List<Path> collect(List<Path> inputs) throws DesignInputException {
		Set<Path> files = new LinkedHashSet<>();
		for (Path input : inputs) {
			if (Files.isDirectory(input)) {
				List<Path> found = listFolder(input);
				if (found.isEmpty()) {
					throw new DesignInputException(input + ": folder contains no " + EXTENSION + " files");
				}
				files.addAll(found);
			} else if (Files.isRegularFile(input)) {
				if (!input.getFileName().toString().endsWith(EXTENSION)) {
					throw new DesignInputException(input + ": not a " + EXTENSION + " file");
				}
				files.add(input.normalize());
			} else {
				throw new DesignInputException(input + ": no such file or folder");
			}
		}
		return new ArrayList<>(files);
	}

	private static List<Path> listFolder(Path folder) throws DesignInputException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(EXTENSION))
					.filter(p -> !isHidden(folder.relativize(p)))
					.map(Path::normalize)
					.sorted()
					.toList();
		} catch (IOException | java.io.UncheckedIOException e) {
			throw new DesignInputException(folder + ": cannot read folder (" + e.getMessage() + ")");
		}
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
