package org.ddc.dsl.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** Why a path cannot be used, in words a user understands ("permission denied", "symbolic link loop", …). */
public final class IoProblems {

	private IoProblems() {
	}

	/** The reason of an I/O failure; never just a path or a class name. */
	public static String reason(Throwable failure) {
		Throwable e = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof NoSuchFileException) {
			return "no such file or folder";
		}
		if (e instanceof FileSystemLoopException) {
			return "symbolic link loop";
		}
		if (e instanceof NotDirectoryException) {
			return "not a folder";
		}
		if (e instanceof FileSystemException fs && fs.getReason() != null) {
			return looksLikeLinkLoop(fs.getReason()) ? "symbolic link loop" : lowerFirst(fs.getReason());
		}
		String message = e.getMessage();
		return message != null && !message.isBlank() ? message : e.getClass().getSimpleName();
	}

	/**
	 * Why a path that is neither a folder nor a regular file cannot be read, or null when it can be: it is missing,
	 * a symbolic link loop, a dangling link, not accessible, or a device, FIFO or socket.
	 */
	public static String whyNotReadable(Path path) {
		try {
			path.toRealPath();
		} catch (IOException e) {
			if (e instanceof NoSuchFileException && Files.isSymbolicLink(path)) {
				return "symbolic link to a missing file";
			}
			return reason(e);
		}
		if (!Files.isRegularFile(path) && !Files.isDirectory(path)) {
			return "not a regular file";
		}
		if (!Files.isReadable(path)) {
			return "permission denied";
		}
		return null;
	}

	/** The path with links resolved, for recognising one file named twice; the path itself when that fails. */
	public static Path identity(Path path) {
		try {
			return path.toRealPath();
		} catch (IOException e) {
			return path.toAbsolutePath().normalize();
		}
	}

	private static boolean looksLikeLinkLoop(String reason) {
		return reason.toLowerCase().contains("levels of symbolic links");
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}
}
