package org.ddc.ui.highlighting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;

/**
 * Applies semantic spans on top of the lexical colours. The spans live as positions in the document, so they
 * follow edits until the next reconcile replaces them; only the ranges that changed are redrawn.
 */
public class SemanticHighlighter implements ITextPresentationListener {
	private static final String CATEGORY = "org.ddc.ui.semanticHighlighting";
	private static final int FULL_REDRAW_THRESHOLD = 64;

	private static final class StylePosition extends Position {
		final Style style;

		StylePosition(int offset, int length, Style style) {
			super(offset, length);
			this.style = style;
		}

		SemanticSpans.Span span() {
			return new SemanticSpans.Span(offset, length, style);
		}
	}

	private final ISourceViewer viewer;
	private final Styles styles;
	private IDocument document;
	private final IPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);
	private List<StylePosition> positions = new ArrayList<>();

	public SemanticHighlighter(ISourceViewer viewer, Styles styles) {
		this.viewer = viewer;
		this.styles = styles;
		viewer.getTextWidget(); // created
		if (viewer instanceof org.eclipse.jface.text.TextViewer textViewer) {
			textViewer.addTextPresentationListener(this);
		}
	}

	/** Replaces the spans (UI thread). */
	public void update(IDocument current, List<SemanticSpans.Span> spans) {
		if (current == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return;
		}
		attach(current);
		Set<SemanticSpans.Span> before = new HashSet<>();
		positions.forEach(p -> before.add(p.span()));
		Set<SemanticSpans.Span> after = new HashSet<>(spans);
		List<SemanticSpans.Span> changed = new ArrayList<>();
		before.stream().filter(s -> !after.contains(s)).forEach(changed::add);
		after.stream().filter(s -> !before.contains(s)).forEach(changed::add);
		try {
			// dropping the category removes every position at once (one by one is quadratic in the document)
			document.removePositionCategory(CATEGORY);
			document.addPositionCategory(CATEGORY);
			List<StylePosition> added = new ArrayList<>(spans.size());
			for (SemanticSpans.Span span : spans) {
				if (span.offset() + span.length() <= document.getLength()) {
					StylePosition position = new StylePosition(span.offset(), span.length(), span.style());
					document.addPosition(CATEGORY, position);
					added.add(position);
				}
			}
			positions = added;
		} catch (BadLocationException | BadPositionCategoryException e) {
			positions = new ArrayList<>();
		}
		redraw(changed);
	}

	/** Redraws after a style change (colour preferences). */
	public void refresh() {
		viewer.invalidateTextPresentation();
	}

	private void redraw(List<SemanticSpans.Span> changed) {
		if (changed.isEmpty()) {
			return;
		}
		if (changed.size() > FULL_REDRAW_THRESHOLD || !(viewer instanceof org.eclipse.jface.text.ITextViewerExtension2)) {
			viewer.invalidateTextPresentation();
			return;
		}
		org.eclipse.jface.text.ITextViewerExtension2 extension = (org.eclipse.jface.text.ITextViewerExtension2) viewer;
		for (SemanticSpans.Span span : changed) {
			if (span.offset() + span.length() <= document.getLength()) {
				extension.invalidateTextPresentation(span.offset(), span.length());
			}
		}
	}

	private void attach(IDocument current) {
		if (document == current) {
			return;
		}
		detach();
		document = current;
		document.addPositionCategory(CATEGORY);
		document.addPositionUpdater(updater);
		positions = new ArrayList<>();
	}

	private void detach() {
		if (document != null) {
			try {
				document.removePositionUpdater(updater);
				document.removePositionCategory(CATEGORY);
			} catch (BadPositionCategoryException e) {
				// already gone
			}
			document = null;
		}
	}

	public void dispose() {
		if (viewer instanceof org.eclipse.jface.text.TextViewer textViewer) {
			textViewer.removeTextPresentationListener(this);
		}
		detach();
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		if (extent == null || positions.isEmpty()) {
			return;
		}
		int start = extent.getOffset();
		int end = start + extent.getLength();
		int index = firstAtOrAfter(start);
		List<StyleRange> ranges = new ArrayList<>();
		for (int i = index; i < positions.size(); i++) {
			StylePosition position = positions.get(i);
			if (position.getOffset() >= end) {
				break;
			}
			if (position.isDeleted() || position.getLength() == 0) {
				continue;
			}
			int from = Math.max(position.getOffset(), start);
			int to = Math.min(position.getOffset() + position.getLength(), end);
			if (to > from) {
				TextAttribute attribute = styles.get(position.style);
				ranges.add(new StyleRange(from, to - from, attribute.getForeground(), null, attribute.getStyle()));
			}
		}
		if (!ranges.isEmpty()) {
			presentation.mergeStyleRanges(ranges.toArray(StyleRange[]::new));
		}
	}

	private int firstAtOrAfter(int offset) {
		int low = 0;
		int high = positions.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			Position position = positions.get(mid);
			if (position.getOffset() + position.getLength() <= offset) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}

	/** The spans now shown (for tests). */
	public List<SemanticSpans.Span> spans() {
		return positions.stream().filter(p -> !p.isDeleted()).map(StylePosition::span).toList();
	}
}
