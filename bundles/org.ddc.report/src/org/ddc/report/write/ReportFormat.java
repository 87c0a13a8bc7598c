package org.ddc.report.write;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The formats a report is written in, by the name users type ({@code --format html,md,csv,xlsx}). */
public enum ReportFormat {
	/** One self-contained page: {@value HtmlWriter#FILE}. */
	HTML("html", HtmlWriter::new),
	/** GitHub-flavoured Markdown for wikis: {@value MarkdownWriter#FILE}. */
	MARKDOWN("md", MarkdownWriter::new),
	/** One RFC 4180 file per table under {@value CsvWriter#FOLDER}/. */
	CSV("csv", CsvWriter::new),
	/** One workbook, a sheet per table: {@value XlsxWriter#FILE}. */
	XLSX("xlsx", XlsxWriter::new);

	private final String id;
	private final Supplier<ReportWriter> writer;

	ReportFormat(String id, Supplier<ReportWriter> writer) {
		this.id = id;
		this.writer = writer;
	}

	/** The name on the command line. */
	public String id() {
		return id;
	}

	public ReportWriter writer() {
		return writer.get();
	}

	/** The format named {@code name} ("md", "HTML", "markdown"). */
	public static ReportFormat of(String name) {
		String wanted = name.strip().toLowerCase(Locale.ROOT);
		for (ReportFormat format : values()) {
			if (format.id.equals(wanted) || format.name().toLowerCase(Locale.ROOT).equals(wanted)) {
				return format;
			}
		}
		throw new IllegalArgumentException("unknown report format '" + name + "': use " + names());
	}

	/** "html, md, csv, xlsx". */
	public static String names() {
		return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
	}

	@Override
	public String toString() {
		return id;
	}
}
