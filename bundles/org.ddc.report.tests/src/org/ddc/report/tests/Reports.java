package org.ddc.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.DesignValidator;
import org.ddc.dsl.validation.Finding;
import org.ddc.dsl.validation.RuleRunner;
import org.ddc.report.ReportBuilder;
import org.ddc.report.model.Cell;
import org.ddc.report.model.Report;
import org.ddc.report.model.Row;
import org.ddc.report.model.Section;
import org.ddc.report.model.Table;

/** Builds reports the way a command would: load, validate, read the analysis the rules used, build. */
final class Reports {
	static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).resolve("../../examples").normalize();

	private Reports() {
	}

	static Report of(Path folder) throws Exception {
		return build(DdcStandaloneSetup.injector().getInstance(DesignLoader.class).load(List.of(folder)));
	}

	static Report ofText(String text) {
		return build(DdcStandaloneSetup.injector().getInstance(DesignLoader.class)
				.loadText(Map.of("design.ddc", text)));
	}

	private static Report build(LoadedDesign design) {
		List<Finding> findings = DdcStandaloneSetup.injector().getInstance(DesignValidator.class).validate(design);
		return ReportBuilder.build(design, findings,
				DdcStandaloneSetup.injector().getInstance(RuleRunner.class).analysis(design.resourceSet()));
	}

	static Section section(Report report, String id) {
		return report.sections().stream().filter(s -> s.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no section " + id));
	}

	static Table table(Report report, String id) {
		return report.tables().stream().filter(t -> t.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no table " + id));
	}

	static Row row(Table table, String label) {
		Row row = table.row(label);
		assertNotNull(row, () -> "table " + table.id() + " has no row '" + label + "'; rows: " + labels(table));
		return row;
	}

	static List<String> labels(Table table) {
		return table.rows().stream().map(Row::label).toList();
	}

	/** The cell of a row in the column with that header. */
	static Cell cell(Table table, String rowLabel, String column) {
		int index = table.columns().indexOf(column);
		assertTrue(index > 0, () -> "table " + table.id() + " has no column '" + column + "': " + table.columns());
		return row(table, rowLabel).cells().get(index);
	}

	/** The value of a number cell (in its unit: GB, %, IOPS, Mbps, or a count). */
	static double number(Table table, String rowLabel, String column) {
		Cell cell = cell(table, rowLabel, column);
		assertTrue(cell instanceof Cell.Number, () -> rowLabel + " / " + column + " is not a number: " + cell);
		return ((Cell.Number) cell).value();
	}

	static String text(Table table, String rowLabel, String column) {
		return cell(table, rowLabel, column).text();
	}

	/** Asserts a cell's text contains the expected words. */
	static void assertContains(String expected, Table table, String rowLabel, String column) {
		String text = text(table, rowLabel, column);
		assertTrue(text.contains(expected), () -> table.id() + " '" + rowLabel + "' / " + column + ": expected '"
				+ expected + "' in '" + text + "'");
	}

	/** Asserts a cell is empty and its reason contains the expected words. */
	static void assertEmpty(String reason, Table table, String rowLabel, String column) {
		Cell cell = cell(table, rowLabel, column);
		assertTrue(cell instanceof Cell.Empty, () -> rowLabel + " / " + column + " is not empty: " + cell.text());
		assertTrue(((Cell.Empty) cell).reason().contains(reason), () -> "reason: " + ((Cell.Empty) cell).reason());
	}

	static void assertNumber(double expected, Table table, String rowLabel, String column) {
		assertEquals(expected, number(table, rowLabel, column), 1e-6, table.id() + " '" + rowLabel + "' / " + column);
	}
}
