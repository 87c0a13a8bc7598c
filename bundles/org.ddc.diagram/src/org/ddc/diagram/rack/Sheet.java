package org.ddc.diagram.rack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ddc.diagram.model.Box;
import org.ddc.diagram.model.Label;
import org.ddc.diagram.model.Label.Anchor;
import org.ddc.diagram.model.Mark;
import org.ddc.diagram.model.Role;
import org.ddc.diagram.model.Shape;
import org.ddc.diagram.model.Source;
import org.ddc.diagram.model.TextFit;

/**
 * The shapes of the rack sheet as they are drawn, with ids kept unique (a second box of the same id gets
 * {@code #2}), and the small drawing helpers the racks, bars and trays share.
 */
final class Sheet {
	static final String TEXT = "#222222";
	static final String MUTED = "#666666";
	static final String ERROR = "#cc0000";

	private final List<Shape> shapes = new ArrayList<>();
	private final Set<String> ids = new HashSet<>();

	List<Shape> shapes() {
		return shapes;
	}

	/** Adds a box, its id made unique. */
	void box(String id, Role role, double x, double y, double width, double height, List<String> lines,
			String tooltip, Mark mark, Source source) {
		String unique = id;
		for (int n = 2; !ids.add(unique); n++) {
			unique = id + "#" + n;
		}
		shapes.add(new Box(unique, role, x, y, width, height, lines, tooltip, mark, source));
	}

	/** Adds a text, cut to {@code width}. */
	void label(double x, double y, String text, double size, Anchor anchor, boolean bold, String colour,
			double width) {
		String fitted = TextFit.fit(text, width, size);
		if (!fitted.isEmpty()) {
			shapes.add(new Label(x, y, fitted, size, anchor, bold, colour));
		}
	}

	/** The mark with an error of the layout added (an overlap, a unit outside its rack), and its note. */
	static Mark withError(Mark mark, String note) {
		List<String> notes = new ArrayList<>(mark.notes());
		notes.add(note);
		return new Mark(org.ddc.rules.Severity.ERROR, mark.rules(), mark.spof(), mark.failure(), notes);
	}

	/** The mark's what-if part only (for the parts of a power bar of a failed feed). */
	static Mark failureOnly(Mark mark) {
		return mark.failure() == Mark.Failure.NONE ? Mark.NONE
				: new Mark(null, List.of(), false, mark.failure(), List.of());
	}
}
