package org.ddc.ui.editor;

import org.ddc.dsl.validation.Finding;
import org.eclipse.jface.text.source.Annotation;

/** A finding of live validation shown in the editor (squiggle, ruler, overview ruler, hover, quick fix). */
public class FindingAnnotation extends Annotation {
	public static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	public static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	public static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	private final Finding finding;

	public FindingAnnotation(Finding finding) {
		super(switch (finding.severity()) {
			case ERROR -> ERROR;
			case WARNING -> WARNING;
			case INFO -> INFO;
		}, false, "[" + finding.code() + "] " + finding.message());
		this.finding = finding;
	}

	public Finding finding() {
		return finding;
	}

	/**
	 * Whether the finding comes from the planning-guide rules or scale limits (the whole-design pass) rather than
	 * the per-file checks.
	 */
	public boolean fromRules() {
		return isRuleFinding(finding);
	}

	static boolean isRuleFinding(Finding finding) {
		return org.ddc.rules.Catalog.load().contains(finding.code());
	}

	/** Whether this annotation, now at a position, shows the same finding as one just computed. */
	boolean shows(Finding other, org.eclipse.jface.text.Position position) {
		return position != null && position.getOffset() == other.offset()
				&& position.getLength() == Math.max(other.length(), 0) && finding.code().equals(other.code())
				&& finding.severity() == other.severity() && finding.message().equals(other.message());
	}
}
