package org.ddc.cli.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file (RFC 4180, as ddc's report and spreadsheets write it; UTF-8, a byte-order mark ignored) with Apache
 * Commons CSV. Cells are named "FILE:row:column", the row being the record (a quoted cell may span lines).
 */
final class CsvSheet {
	private CsvSheet() {
	}

	/** The largest table read (as for .ddc files). */
	static final long MAX_BYTES = 64L * 1024 * 1024;

	static Sheet read(Path file, String shownName) throws IOException, TableException {
		if (Files.size(file) > MAX_BYTES) {
			throw new TableException(shownName + ": larger than 64 MB; ddc reads tables up to that size");
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
					.toString();
		} catch (CharacterCodingException e) {
			throw new TableException(shownName + ": not UTF-8 text: save the table as CSV UTF-8");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		Sheet sheet = new Sheet(shownName);
		try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
			for (CSVRecord record : parser) {
				int row = (int) record.getRecordNumber() - 1;
				for (int column = 0; column < record.size(); column++) {
					sheet.add(new SheetCell(row, column, CellText.clean(record.get(column)), null, false,
							shownName + ":" + (row + 1) + ":" + (column + 1)));
				}
			}
		} catch (UncheckedIOException | IllegalStateException e) {
			// Commons CSV reports malformed quoting this way, with the line where it found it
			String why = e.getCause() instanceof IOException cause ? cause.getMessage() : e.getMessage();
			throw new TableException(shownName + ": not a CSV table (" + why + ")");
		}
		return sheet;
	}
}
