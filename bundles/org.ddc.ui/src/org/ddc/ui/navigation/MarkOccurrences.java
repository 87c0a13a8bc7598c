package org.ddc.ui.navigation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ddc.ui.navigation.FileIndex.Occurrence;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;

/**
 * Highlights the declaration and the references of the element under the caret in the current file. Reads the
 * precomputed {@link FileIndex} only, so a caret move costs a binary search and the annotation update.
 */
public final class MarkOccurrences implements ISelectionChangedListener {
	/** Annotation type of a reference to the element under the caret. */
	public static final String OCCURRENCE = "org.ddc.ui.occurrences";
	/** Annotation type of the declaration of the element under the caret. */
	public static final String DECLARATION = "org.ddc.ui.occurrences.declaration";

	private final ISourceViewer viewer;
	private final EditorIndex index;
	private Annotation[] shown = new Annotation[0];
	private List<Occurrence> shownOccurrences = List.of();

	public MarkOccurrences(ISourceViewer viewer, EditorIndex index) {
		this.viewer = viewer;
		this.index = index;
		if (viewer.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.addPostSelectionChangedListener(this);
		}
		index.addListener(updated -> update());
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		update();
	}

	/** Marks the occurrences of the element at the caret (nothing while the index is older than the text). */
	public void update() {
		FileIndex current = index.current();
		if (current == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return;
		}
		int caret = viewer.getSelectionProvider().getSelection() instanceof ITextSelection selection
				? selection.getOffset() : -1;
		Occurrence here = current.at(caret);
		List<Occurrence> occurrences = here != null ? current.occurrencesOf(here.symbol()) : List.of();
		if (occurrences.equals(shownOccurrences)) {
			return;
		}
		String name = here != null ? current.declaration(here.symbol()).name() : "";
		Map<Annotation, Position> add = new HashMap<>();
		for (Occurrence occurrence : occurrences) {
			String type = occurrence.declaration() ? DECLARATION : OCCURRENCE;
			String text = (occurrence.declaration() ? "Declaration of '" : "Reference to '") + name + "'";
			add.put(new Annotation(type, false, text), new Position(occurrence.offset(), occurrence.length()));
		}
		replace(add);
		shownOccurrences = occurrences;
	}

	private void replace(Map<Annotation, Position> add) {
		IAnnotationModel model = viewer.getAnnotationModel();
		if (model == null) {
			return;
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(shown, add);
		} else {
			for (Annotation annotation : shown) {
				model.removeAnnotation(annotation);
			}
			add.forEach(model::addAnnotation);
		}
		shown = add.keySet().toArray(Annotation[]::new);
	}

	/** The ranges marked now (for tests). */
	public List<Occurrence> marked() {
		return shownOccurrences;
	}

	public void dispose() {
		if (viewer.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.removePostSelectionChangedListener(this);
		}
	}
}
