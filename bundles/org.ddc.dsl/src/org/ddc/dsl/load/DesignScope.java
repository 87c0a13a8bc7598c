package org.ddc.dsl.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which .ddc files form one design — the one definition used by {@code ddc validate}, the Eclipse builder and the
 * editor.
 * <p>
 * A folder holding a {@code ddc.properties} file is the <em>root</em> of a design: the design is every .ddc file
 * below it, except those under a sub-folder that is a root of its own, and its rule settings are that file. Files
 * under no root (up to a boundary: the file system root on the command line, the project in Eclipse) form one
 * design with the boundary as its root and no settings file. Hidden files and folders (names starting with '.')
 * are never part of a design.
 *
 * @param root the design's root folder (absolute, normalised)
 * @param files the design's .ddc files, sorted
 * @param marked whether the root holds a {@code ddc.properties} file
 */
public record DesignScope(Path root, List<Path> files, boolean marked) {
	public static final String MARKER = ProjectSettings.FILE_NAME;

	/**
	 * The root of the design a file or folder belongs to: the nearest folder at or above it, and at or below the
	 * boundary, that holds a {@code ddc.properties}; else the boundary (null: no root).
	 */
	public static Path rootOf(Path path, Path boundary) {
		Path absolute = path.toAbsolutePath().normalize();
		Path stop = boundary != null ? boundary.toAbsolutePath().normalize() : null;
		for (Path folder = Files.isDirectory(absolute) ? absolute : absolute.getParent(); folder != null; folder = folder
				.getParent()) {
			if (Files.isRegularFile(folder.resolve(MARKER))) {
				return folder;
			}
			if (folder.equals(stop)) {
				break;
			}
		}
		return stop;
	}

	/** Whether a folder is the root of a design of its own. */
	public static boolean isRoot(Path folder) {
		return Files.isRegularFile(folder.resolve(MARKER));
	}

	/** The design rooted at a folder: its .ddc files, not descending into other design roots. */
	public static DesignScope of(Path root) throws DesignInputException {
		Path absolute = root.toAbsolutePath().normalize();
		List<Path> files = new ArrayList<>();
		try {
			Files.walkFileTree(absolute, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
					if (!dir.equals(absolute) && (excluded(dir) || isRoot(dir))) {
						return FileVisitResult.SKIP_SUBTREE;
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
					if (attrs.isRegularFile() && isDesignFile(file) && !excluded(file)) {
						files.add(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException | UncheckedIOException e) {
			throw new DesignInputException(root + ": cannot read folder (" + e.getMessage() + ")");
		}
		files.sort(null);
		return new DesignScope(absolute, List.copyOf(files), isRoot(absolute));
	}

	/**
	 * Splits files into designs by their root (see {@link #rootOf}); files under no root form one design whose
	 * root is the boundary (or, without a boundary, their first file's folder). Designs keep the order of their
	 * first file; the paths keep the form the caller gave them.
	 */
	public static List<DesignScope> group(Collection<Path> files, Path boundary) {
		Map<Path, List<Path>> byRoot = new LinkedHashMap<>();
		Map<Path, Boolean> marked = new LinkedHashMap<>();
		Path unmarkedRoot = null;
		for (Path file : files) {
			Path root = rootOf(file, boundary);
			boolean isMarked = root != null && isRoot(root);
			if (!isMarked) {
				if (unmarkedRoot == null) {
					unmarkedRoot = root != null ? root : file.toAbsolutePath().normalize().getParent();
				}
				root = unmarkedRoot;
			}
			byRoot.computeIfAbsent(root, r -> new ArrayList<>()).add(file);
			marked.putIfAbsent(root, isMarked);
		}
		List<DesignScope> designs = new ArrayList<>();
		byRoot.forEach((root, members) -> designs.add(new DesignScope(root, List.copyOf(members), marked.get(root))));
		return designs;
	}

	/** The design's settings file, or null. */
	public Path settingsFile() {
		return marked ? root.resolve(MARKER) : null;
	}

	/** Whether a path names a .ddc design file (by its extension). */
	public static boolean isDesignFile(Path file) {
		return file.getFileName() != null && file.getFileName().toString().endsWith(DesignFiles.EXTENSION);
	}

	private static boolean excluded(Path dir) {
		return dir.getFileName() != null && dir.getFileName().toString().startsWith(".");
	}
}
