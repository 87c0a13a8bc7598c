package org.ddc.dsl.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The one place where the bytes of a .ddc file become text: files are UTF-8, a leading byte-order mark is dropped,
 * and anything else is reported as one clear input error with file, line and column — "not UTF-8 (looks like
 * UTF-16 LE)" or "not UTF-8: invalid byte 0xE9 at line 3" — instead of a cascade of syntax errors. Files larger than
 * {@link #MAX_FILE_BYTES} are refused before they are read into memory.
 */
public final class SourceText {
	/** The largest .ddc file ddc reads (see "Limits" in the README). */
	public static final int MAX_FILE_BYTES = 64 * 1024 * 1024;
	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
	/** How many leading bytes are inspected for the NUL pattern of UTF-16 text without a byte-order mark. */
	private static final int SNIFF_BYTES = 1024;

	private SourceText() {
	}

	/** Reads and decodes a file; {@code displayPath} is the path printed in messages. */
	public static String read(Path file, String displayPath) throws DesignInputException {
		byte[] bytes;
		try (InputStream in = Files.newInputStream(file)) {
			bytes = in.readNBytes(MAX_FILE_BYTES + 1);
		} catch (IOException e) {
			throw new DesignInputException(displayPath + ": cannot read file (" + IoProblems.reason(e) + ")");
		}
		if (bytes.length > MAX_FILE_BYTES) {
			throw new DesignInputException(displayPath + ": file is larger than " + MAX_FILE_BYTES / (1024 * 1024)
					+ " MB, the largest ddc reads: split the design into several files");
		}
		return decode(bytes, displayPath);
	}

	/** Decodes the bytes of a .ddc file as UTF-8 (byte-order mark dropped). */
	public static String decode(byte[] bytes, String displayPath) throws DesignInputException {
		String utf16 = utf16Kind(bytes);
		if (utf16 != null) {
			throw new DesignInputException(displayPath + ":1:1: not UTF-8 (looks like " + utf16
					+ "): save the file as UTF-8");
		}
		int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			throw new DesignInputException(invalidByte(bytes, start, in.position(), displayPath));
		}
		decoder.flush(out);
		return out.flip().toString();
	}

	/** What {@link #decodeLeniently} puts where a byte is not UTF-8: U+FFFD REPLACEMENT CHARACTER. */
	public static final char MALFORMED = '\uFFFD';

	/** Decodes UTF-8 leniently: a malformed byte becomes {@link #MALFORMED}; a byte-order mark is dropped. */
	public static String decodeLeniently(byte[] bytes) {
		int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
		return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
	}

	private static String invalidByte(byte[] bytes, int start, int offset, String displayPath) {
		int line = 1;
		int lineStart = start;
		for (int i = start; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
		int column = before.codePointCount(0, before.length()) + 1;
		return String.format(Locale.ROOT, "%s:%d:%d: not UTF-8: invalid byte 0x%02X at line %d: save the file as UTF-8",
				displayPath, line, column, bytes[offset] & 0xFF, line);
	}

	/** "UTF-16 LE" or "UTF-16 BE" when the bytes start with a UTF-16 byte-order mark or have its NUL pattern. */
	static String utf16Kind(byte[] bytes) {
		if (startsWith(bytes, new byte[] { (byte) 0xFF, (byte) 0xFE })) {
			return "UTF-16 LE";
		}
		if (startsWith(bytes, new byte[] { (byte) 0xFE, (byte) 0xFF })) {
			return "UTF-16 BE";
		}
		int length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
		int evenNuls = 0;
		int oddNuls = 0;
		for (int i = 0; i < length; i += 2) {
			evenNuls += bytes[i] == 0 ? 1 : 0;
			oddNuls += bytes[i + 1] == 0 ? 1 : 0;
		}
		int pairs = length / 2;
		if (pairs > 0 && oddNuls * 2 > pairs && evenNuls * 10 < pairs) {
			return "UTF-16 LE";
		}
		if (pairs > 0 && evenNuls * 2 > pairs && oddNuls * 10 < pairs) {
			return "UTF-16 BE";
		}
		return null;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
