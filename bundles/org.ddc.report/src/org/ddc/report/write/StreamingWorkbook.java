package org.ddc.report.write;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * POI's streaming workbook with each sheet's rows kept in memory instead of temporary files: nothing is written
 * outside the report folder, and the rows are written as XML text as they come (POI's object model of a sheet costs
 * about 50 µs a cell — seconds for Table A-1 of 10,000 workloads — where streaming costs about 1 µs). Every zip
 * entry carries one fixed time, {@value #ENTRY_TIME_TEXT} (POI stamps the time of writing), so the same workbook
 * gives the same bytes; {@link #writeAvoidingTempFiles} writes it.
 */
final class StreamingWorkbook extends SXSSFWorkbook {
	/** Rows kept as objects before they are written out as XML. */
	private static final int ROW_WINDOW = 100;
	static final String ENTRY_TIME_TEXT = "1980-01-01 00:00, the earliest a zip entry can hold";
	static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

	StreamingWorkbook() {
		super(null, ROW_WINDOW, false, false);
	}

	@Override
	protected SheetDataWriter createSheetDataWriter() throws IOException {
		return new InMemorySheetData(new ByteArrayOutputStream(1 << 14));
	}

	@Override
	protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
		long time = ENTRY_TIME.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
		ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out) {
			@Override
			public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
				entry.setTime(time);
				super.putArchiveEntry(entry);
			}
		};
		return zip;
	}

	/**
	 * Column widths in characters, one per column from the first: consecutive columns of one width become one column
	 * range (POI's per-column call searches every range each time, quadratic for thousands of columns).
	 */
	void setColumnWidths(String sheetName, int[] widths) {
		CTWorksheet worksheet = getXSSFWorkbook().getSheet(sheetName).getCTWorksheet();
		CTCols cols = worksheet.sizeOfColsArray() > 0 ? worksheet.getColsArray(0) : worksheet.addNewCols();
		for (int first = 0; first < widths.length;) {
			int last = first;
			while (last + 1 < widths.length && widths[last + 1] == widths[first]) {
				last++;
			}
			CTCol col = cols.addNewCol();
			col.setMin(first + 1L);
			col.setMax(last + 1L);
			col.setWidth(widths[first]);
			col.setCustomWidth(true);
			first = last + 1;
		}
	}

	/** A sheet's rows as XML in memory. */
	private static final class InMemorySheetData extends SheetDataWriter {
		private final ByteArrayOutputStream bytes;

		InMemorySheetData(ByteArrayOutputStream bytes) throws IOException {
			super(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 14));
			this.bytes = bytes;
		}

		/** The rows written (POI has closed, and so flushed, the writer before it asks). */
		@Override
		public InputStream getWorksheetXMLInputStream() {
			return new ByteArrayInputStream(bytes.toByteArray());
		}
	}
}
