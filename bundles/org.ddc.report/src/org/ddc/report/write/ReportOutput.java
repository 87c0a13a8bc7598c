package org.ddc.report.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes a report's files into a folder all at once, or not at all.
 * <ol>
 * <li>Every file is first written into a hidden staging folder inside the output folder
 * ({@code .ddc-report-<random>.tmp}); if anything fails while writing, the staging folder is removed and the output
 * folder is as it was (a folder ddc had to create is removed again).</li>
 * <li>Then each file is moved into place — a rename within one file system; a file it replaces is first moved
 * aside, and if a move fails every step is undone.</li>
 * <li>A marker file, {@value #MARKER}, lists the files of the report. A later report into the same folder may
 * replace exactly those files, and removes those of them it no longer writes (a report is replaced as a whole). Any
 * other file in the way — one the user wrote, or any file when there is no marker — is never overwritten: the
 * write is refused with the list of such files, unless {@code force} is set. Files that are in nobody's way are
 * never touched.</li>
 * </ol>
 * Nothing outside the output folder is written: paths are relative, without "..", and no folder on the way to a
 * file may be a symbolic link. The marker holds no time stamp, so the same report gives the same bytes.
 */
public final class ReportOutput {
	/** The marker file's name in the output folder. */
	public static final String MARKER = ".ddc-report";
	static final String MARKER_HEADER = "# ddc report: the files below were written by 'ddc report' and are replaced "
			+ "by the next report written into this folder";
	private static final String STAGING_PREFIX = ".ddc-report-";
	private static final String STAGING_SUFFIX = ".tmp";

	/** Moves a file into place; replaceable in tests to make a move fail. */
	@FunctionalInterface
	public interface Mover {
		void move(Path from, Path to) throws IOException;
	}

	/** What goes into the folder: the writers, given the sink for their files. */
	@FunctionalInterface
	public interface Content {
		void write(FileSink files) throws IOException;
	}

	private final Path folder;
	private final boolean force;
	private final Mover mover;

	/** Into {@code folder}; with {@code force}, files of the user's that are in the way are overwritten. */
	public ReportOutput(Path folder, boolean force) {
		this(folder, force, (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE));
	}

	public ReportOutput(Path folder, boolean force, Mover mover) {
		this.folder = folder.toAbsolutePath().normalize();
		this.force = force;
		this.mover = mover;
	}

	/**
	 * Writes the content and returns the files written, relative to the folder, in the order they were written.
	 *
	 * @throws ReportOutputException when a file of the user's is in the way (and not {@code force}) or the folder
	 *                               cannot hold the report
	 * @throws IOException           when a file cannot be written; the folder is then as it was
	 */
	public List<String> write(Content content) throws IOException {
		if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder)) {
			throw new ReportOutputException(folder + " exists and is not a folder");
		}
		Path created = Files.exists(folder) ? null : topmostMissing(folder);
		Files.createDirectories(folder);
		Path staging = folder.resolve(STAGING_PREFIX + UUID.randomUUID() + STAGING_SUFFIX);
		Thread cleanup = new Thread(() -> deleteQuietly(staging), "ddc-report-cleanup");
		Runtime.getRuntime().addShutdownHook(cleanup);
		boolean done = false;
		try {
			Files.createDirectory(staging);
			Staged staged = stage(staging, content);
			Set<String> previous = previousReport();
			check(staged.paths(), previous);
			commit(staging, staged.paths(), previous);
			done = true;
			return staged.paths();
		} finally {
			deleteQuietly(staging);
			if (!done && created != null) {
				deleteEmptyFolders(folder, created);
			}
			try {
				Runtime.getRuntime().removeShutdownHook(cleanup);
			} catch (IllegalStateException shuttingDown) {
				// the hook removes the staging folder
			}
		}
	}

	private record Staged(List<String> paths) {
	}

	private static Staged stage(Path staging, Content content) throws IOException {
		Path files = staging.resolve("new");
		Files.createDirectory(files);
		Set<String> paths = new LinkedHashSet<>();
		content.write(path -> {
			String relative = checkedPath(path);
			if (relative.equals(MARKER) || !paths.add(relative)) {
				throw new IOException("internal error: the report writes " + path + " twice or as the marker");
			}
			Path file = files.resolve(relative);
			Files.createDirectories(file.getParent());
			return Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		});
		return new Staged(List.copyOf(paths));
	}

	/** The path, if it is relative, normalized and stays inside the folder; else an exception. */
	private static String checkedPath(String path) throws IOException {
		String relative = validPath(path);
		if (relative == null) {
			throw new IOException("internal error: report file name '" + path + "' would leave the output folder");
		}
		return relative;
	}

	/** The path when it names a file inside the folder ("csv/A-1.csv"), else null. */
	static String validPath(String path) {
		if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")) {
			return null;
		}
		for (String part : path.split("/", -1)) {
			if (part.isEmpty() || part.equals(".") || part.equals("..") || part.startsWith(STAGING_PREFIX)) {
				return null;
			}
		}
		return path;
	}

	/** The files the previous report in the folder wrote (from its marker); empty when there is none. */
	private Set<String> previousReport() throws IOException {
		Path marker = folder.resolve(MARKER);
		Set<String> files = new LinkedHashSet<>();
		if (!Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) {
			return files;
		}
		if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS) || !isMarker(marker)) {
			if (!force) {
				throw new ReportOutputException(marker + " is not ddc's marker file: the folder does not hold a ddc "
						+ "report; choose another folder, or use --force to replace the files in the way");
			}
			return files;
		}
		markerLines(marker).stream().skip(1).map(ReportOutput::validPath).filter(p -> p != null && !p.equals(MARKER))
				.forEach(files::add);
		return files;
	}

	private static boolean isMarker(Path marker) throws IOException {
		List<String> lines = markerLines(marker);
		return !lines.isEmpty() && lines.get(0).equals(MARKER_HEADER);
	}

	/** The marker's lines (undecodable bytes replaced, so a damaged marker names no file). */
	private static List<String> markerLines(Path marker) throws IOException {
		return new String(Files.readAllBytes(marker), StandardCharsets.UTF_8).lines().toList();
	}

	/** Refuses files that are in the way: not the previous report's, or folders, or behind a symbolic link. */
	private void check(List<String> paths, Set<String> previous) throws IOException {
		List<String> inTheWay = new ArrayList<>();
		for (String path : paths) {
			Path target = folder.resolve(path);
			for (Path parent = target.getParent(); !parent.equals(folder); parent = parent.getParent()) {
				if (Files.isSymbolicLink(parent)
						|| Files.exists(parent, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(parent)) {
					throw new ReportOutputException(parent + " is in the way of the report's " + path
							+ " (a symbolic link or a file where ddc puts a folder); move it or choose another folder");
				}
			}
			if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
				throw new ReportOutputException(target + " is a folder where the report writes a file; move it or "
						+ "choose another folder");
			}
			if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !previous.contains(path)) {
				inTheWay.add(path);
			}
		}
		if (!inTheWay.isEmpty() && !force) {
			throw new ReportOutputException(folder + " holds files that are not from a ddc report and would be "
					+ "overwritten: " + String.join(", ", inTheWay.subList(0, Math.min(5, inTheWay.size())))
					+ (inTheWay.size() > 5 ? " and " + (inTheWay.size() - 5) + " more" : "")
					+ "; choose another folder, or use --force to overwrite them");
		}
	}

	/** Moves the staged files into place, removes the previous report's other files, writes the marker; undoes all on failure. */
	private void commit(Path staging, List<String> paths, Set<String> previous) throws IOException {
		Path aside = staging.resolve("old");
		Files.createDirectory(aside);
		byte[] marker = marker(paths);
		Files.write(staging.resolve("new").resolve(MARKER), marker, StandardOpenOption.CREATE_NEW);
		Deque<Runnable> undo = new ArrayDeque<>();
		List<Path> emptied = new ArrayList<>();
		try {
			for (String path : paths) {
				place(staging.resolve("new").resolve(path), folder.resolve(path), aside.resolve(path), undo);
			}
			for (String path : previous) {
				Path old = folder.resolve(path);
				if (!paths.contains(path) && Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) {
					moveAside(old, aside.resolve(path), undo);
					emptied.add(old.getParent());
				}
			}
			place(staging.resolve("new").resolve(MARKER), folder.resolve(MARKER), aside.resolve(MARKER), undo);
		} catch (IOException | RuntimeException e) {
			while (!undo.isEmpty()) {
				undo.pop().run();
			}
			throw e;
		}
		for (Path parent : emptied) {
			// the previous report's folders it leaves empty ("csv", "contoso/csv", "contoso"), never the folder itself
			for (Path p = parent; !p.equals(folder) && p.startsWith(folder) && isEmptyFolder(p); p = p.getParent()) {
				deleteIfEmpty(p);
			}
		}
	}

	private void place(Path staged, Path target, Path aside, Deque<Runnable> undo) throws IOException {
		List<Path> made = createFolders(target.getParent());
		undo.push(() -> made.reversed().forEach(ReportOutput::deleteIfEmpty));
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			moveAside(target, aside, undo);
		}
		mover.move(staged, target);
		undo.push(() -> moveQuietly(target, staged));
	}

	private void moveAside(Path file, Path aside, Deque<Runnable> undo) throws IOException {
		Files.createDirectories(aside.getParent());
		mover.move(file, aside);
		undo.push(() -> moveQuietly(aside, file));
	}

	/** Creates the missing folders up to {@code folder}; returns those it created, outermost first. */
	private static List<Path> createFolders(Path folder) throws IOException {
		List<Path> missing = new ArrayList<>();
		for (Path p = folder; !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
			missing.add(0, p);
		}
		for (Path p : missing) {
			Files.createDirectory(p);
		}
		return missing;
	}

	private static byte[] marker(List<String> paths) {
		StringBuilder text = new StringBuilder(MARKER_HEADER).append('\n');
		paths.forEach(p -> text.append(p).append('\n'));
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The outermost folder of {@code path} that does not exist yet. */
	private static Path topmostMissing(Path path) {
		Path missing = path;
		while (missing.getParent() != null && !Files.exists(missing.getParent())) {
			missing = missing.getParent();
		}
		return missing;
	}

	/** Removes {@code from} and its parents up to and including {@code upTo} while they are empty. */
	private static void deleteEmptyFolders(Path from, Path upTo) {
		for (Path p = from; p != null && p.startsWith(upTo); p = p.getParent()) {
			try {
				Files.deleteIfExists(p);
			} catch (IOException e) {
				return; // not empty
			}
		}
	}

	private static boolean isEmptyFolder(Path path) {
		try (Stream<Path> entries = Files.list(path)) {
			return entries.findAny().isEmpty();
		} catch (IOException e) {
			return false;
		}
	}

	private static void deleteIfEmpty(Path folder) {
		try {
			Files.deleteIfExists(folder);
		} catch (IOException e) {
			// not empty, or not ours to remove
		}
	}

	private static void moveQuietly(Path from, Path to) {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			// undoing as far as possible
		}
	}

	private static void deleteQuietly(Path path) {
		if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(path)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.deleteIfExists(p);
				} catch (IOException e) {
					// nothing more to do
				}
			});
		} catch (IOException | java.io.UncheckedIOException e) {
			// nothing more to do
		}
	}
}
