import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build step of the command line (run by the Java source launcher from this module's pom): rewrites every signed jar
 * of the classpath folder without its signature files. The JVM's AOT cache (the launcher's start-up cache) leaves out
 * every class of a signed jar, and the Eclipse jars are signed; the command line runs from these copies only, the
 * target platform keeps the signed originals. Entries keep their order, bytes and times; a jar is replaced atomically.
 *
 * <p>Usage: {@code java UnsignJars.java FOLDER}
 */
public final class UnsignJars {
	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)",
			Pattern.CASE_INSENSITIVE);

	public static void main(String[] args) throws IOException {
		int rewritten = 0;
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
			for (Path jar : jars) {
				if (unsign(jar)) {
					rewritten++;
				}
			}
		}
		System.out.println("UnsignJars: " + rewritten + " signed jar(s) rewritten without signatures in " + args[0]);
	}

	private static boolean unsign(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			if (zip.stream().noneMatch(entry -> SIGNATURE.matcher(entry.getName()).matches())) {
				return false;
			}
		}
		Path copy = jar.resolveSibling(jar.getFileName() + ".unsigned");
		try (ZipFile zip = new ZipFile(jar.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (SIGNATURE.matcher(entry.getName()).matches()) {
					continue;
				}
				ZipEntry kept = new ZipEntry(entry.getName());
				kept.setTime(entry.getTime());
				out.putNextEntry(kept);
				try (InputStream in = zip.getInputStream(entry)) {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(copy);
			throw e;
		}
		Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return true;
	}
}
