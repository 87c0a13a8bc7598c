package org.ddc.report.jobaids;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.ddc.report.model.Cell;
import org.ddc.report.model.Row;

/** The job aids' layout: a label, then one cell per element (workload, group, host design, subnet, device). */
final class Columns {
	private Columns() {
	}

	/** A row: the label, a cell per element, then the trailing cells (a Total). */
	static <T> Row row(String label, String unit, Row.Kind kind, List<T> elements, Function<T, Cell> cell,
			Cell... trailing) {
		List<Cell> cells = new ArrayList<>();
		cells.add(Cell.text(label));
		elements.forEach(e -> cells.add(cell.apply(e)));
		cells.addAll(List.of(trailing));
		return new Row(cells, kind, unit);
	}
}
