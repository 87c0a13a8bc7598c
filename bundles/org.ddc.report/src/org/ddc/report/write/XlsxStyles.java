package org.ddc.report.write;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook's few cell styles, made once each: a cell's role (header, row label of each row kind, body, total,
 * empty, title, note, link), its number format (none for text) and whether its text is marked as text for Excel
 * ("quote prefix": the cell shows "=A1" and stays text when edited).
 */
final class XlsxStyles {
	/** What a cell is in its sheet. */
	enum Role {
		HEADER, LABEL, LABEL_TOTAL, LABEL_DETAIL, LABEL_DERIVED, BODY, BODY_TOTAL, EMPTY, TITLE, NOTE, LINK
	}

	private final XSSFWorkbook workbook;
	private final Map<String, XSSFCellStyle> styles = new HashMap<>();
	private final Map<String, XSSFFont> fonts = new HashMap<>();

	XlsxStyles(XSSFWorkbook workbook) {
		this.workbook = workbook;
	}

	XSSFCellStyle text(Role role, boolean quotePrefix) {
		return style(role, null, quotePrefix);
	}

	XSSFCellStyle number(Role role, String format) {
		return style(role, format, false);
	}

	private XSSFCellStyle style(Role role, String format, boolean quotePrefix) {
		String key = role + "|" + format + "|" + quotePrefix;
		XSSFCellStyle style = styles.get(key);
		if (style == null) {
			style = create(role, format, quotePrefix);
			styles.put(key, style);
		}
		return style;
	}

	private XSSFCellStyle create(Role role, String format, boolean quotePrefix) {
		XSSFCellStyle style = workbook.createCellStyle();
		style.setVerticalAlignment(VerticalAlignment.TOP);
		style.setQuotePrefixed(quotePrefix);
		if (format != null) {
			style.setDataFormat(workbook.createDataFormat().getFormat(format));
		}
		switch (role) {
			case HEADER -> {
				style.setFont(font(true, false, false, false));
				style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
				style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
				style.setBorderBottom(BorderStyle.THIN);
				style.setWrapText(true);
			}
			case LABEL -> style.setFont(font(true, false, false, false));
			case LABEL_TOTAL, BODY_TOTAL -> {
				style.setFont(font(true, false, false, false));
				style.setBorderTop(BorderStyle.THIN);
			}
			case LABEL_DETAIL -> style.setIndention((short) 2);
			case LABEL_DERIVED -> style.setFont(font(true, true, false, false));
			case EMPTY -> {
				style.setFont(font(false, false, true, false));
				style.setAlignment(HorizontalAlignment.CENTER);
			}
			case TITLE -> style.setFont(font(true, false, false, false));
			case NOTE -> style.setFont(font(false, false, true, false));
			case LINK -> style.setFont(font(false, false, false, true));
			case BODY -> {
			}
		}
		return style;
	}

	private XSSFFont font(boolean bold, boolean italic, boolean grey, boolean link) {
		String key = bold + "|" + italic + "|" + grey + "|" + link;
		return fonts.computeIfAbsent(key, k -> {
			XSSFFont font = workbook.createFont();
			font.setBold(bold);
			font.setItalic(italic);
			if (grey) {
				font.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
			}
			if (link) {
				font.setColor(IndexedColors.BLUE.getIndex());
				font.setUnderline(XSSFFont.U_SINGLE);
			}
			return font;
		});
	}
}
