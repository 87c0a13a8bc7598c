package org.ddc.cli.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the sheets of an XLSX workbook with Apache POI, read-only: numbers stay numbers (a percentage format is
 * noted), formulas are never evaluated (their saved result is read), text is what the sheet shows. Cells are named
 * "FILE!Sheet!B7". The sheets come in the order to look for Table A-1: those named like it ("A-1", "Table A-1")
 * first.
 */
final class XlsxSheet {
	private XlsxSheet() {
	}

	/**
	 * @param only the sheet to read (null: all)
	 * @throws TableException when the file is no workbook or has no sheet of that name
	 */
	static List<Sheet> read(Path file, String shownName, String only) throws IOException, TableException {
		quietLogging();
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
				XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			List<Sheet> named = new ArrayList<>();
			List<Sheet> others = new ArrayList<>();
			List<String> names = new ArrayList<>();
			for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
				names.add(sheet.getSheetName());
				if (only != null && !only.equals(sheet.getSheetName())) {
					continue;
				}
				Sheet read = read(sheet, shownName, formatter);
				(sheet.getSheetName().replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT).endsWith("a1") ? named
						: others).add(read);
			}
			if (only != null && named.isEmpty() && others.isEmpty()) {
				throw new TableException(shownName + ": no sheet '" + only + "'; the sheets are " + String.join(", ", names));
			}
			named.addAll(others);
			return named;
		} catch (InvalidFormatException | RuntimeException e) {
			// POI's way of saying the file is no workbook, or a broken one (NotOfficeXmlFileException, POIXMLException)
			throw new TableException(shownName + ": not an XLSX workbook (" + e.getMessage() + ")");
		}
	}

	/**
	 * POI logs through the Log4j API, and without a Log4j implementation on the class path the API prints an error
	 * about that on stderr; ddc says what goes wrong with a workbook in its own messages, so POI's logging is off.
	 */
	private static void quietLogging() {
		if (System.getProperty("log4j2.loggerContextFactory") == null) {
			System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
			System.setProperty("log4j2.simplelogLevel", "OFF");
		}
	}

	private static Sheet read(org.apache.poi.ss.usermodel.Sheet sheet, String shownName, DataFormatter formatter) {
		Sheet read = new Sheet(shownName + "!" + sheet.getSheetName());
		for (Row row : sheet) {
			for (Cell cell : row) {
				CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
						: cell.getCellType();
				BigDecimal number = null;
				boolean percent = false;
				String text;
				if (type == CellType.NUMERIC) {
					number = BigDecimal.valueOf(cell.getNumericCellValue());
					percent = cell.getCellStyle().getDataFormatString().contains("%");
					text = formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
							cell.getCellStyle().getDataFormatString());
				} else if (type == CellType.BOOLEAN) {
					text = cell.getBooleanCellValue() ? "Yes" : "No";
				} else if (type == CellType.STRING) {
					text = cell.getStringCellValue();
				} else {
					text = "";
				}
				read.add(new SheetCell(cell.getRowIndex(), cell.getColumnIndex(), CellText.clean(text), number, percent,
						read.name() + "!" + new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString(false)));
			}
		}
		return read;
	}
}
