package org.ddc.ui.editor;

import org.ddc.dsl.validation.Finding;
import org.eclipse.jface.text.source.Annotation;

/** A finding of live validation shown in the editor (squiggle, ruler, overview ruler, hover, quick fix). */
public class FindingAnnotation extends Annotation {
	public static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	public static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	public static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	private final Finding finding;
	/** Whether the finding came from the whole-design pass (rules) rather than the per-file checks. */
	private final boolean designWide;

	public FindingAnnotation(Finding finding, boolean designWide) {
		super(switch (finding.severity()) {
			case ERROR -> ERROR;
			case WARNING -> WARNING;
			case INFO -> INFO;
		}, false, "[" + finding.code() + "] " + finding.message());
		this.finding = finding;
		this.designWide = designWide;
	}

	public Finding finding() {
		return finding;
	}

	public boolean designWide() {
		return designWide;
	}
}
