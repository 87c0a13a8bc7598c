package org.ddc.ui.folding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.ddc.ui.navigation.FileIndex;
import org.ddc.ui.navigation.TextRange;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;

/**
 * Keeps the editor's folding regions in line with the file: one per multi-line element and comment block. A region
 * that still starts where it did keeps its annotation (and so its collapsed or expanded state); only regions that
 * appear are added, expanded, and regions that disappear are removed.
 */
public final class FoldingUpdater {
	private final ProjectionViewer viewer;

	public FoldingUpdater(ProjectionViewer viewer) {
		this.viewer = viewer;
	}

	/** Applies the folds of an index that describes the current document. */
	public void update(FileIndex index) {
		ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
		if (model == null || index == null) {
			return;
		}
		Map<Integer, ProjectionAnnotation> existing = new HashMap<>();
		List<Annotation> deletions = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof ProjectionAnnotation annotation) {
				Position position = model.getPosition(annotation);
				if (position == null || position.isDeleted() || existing.putIfAbsent(position.getOffset(), annotation) != null) {
					deletions.add(annotation);
				}
			}
		}
		Map<ProjectionAnnotation, Position> additions = new HashMap<>();
		List<ProjectionAnnotation> modifications = new ArrayList<>();
		for (TextRange fold : index.folds()) {
			ProjectionAnnotation kept = existing.remove(fold.offset());
			if (kept == null) {
				additions.put(new ProjectionAnnotation(), new Position(fold.offset(), fold.length()));
			} else if (model.getPosition(kept).getLength() != fold.length()) {
				model.getPosition(kept).setLength(fold.length());
				modifications.add(kept);
			}
		}
		deletions.addAll(existing.values());
		if (!deletions.isEmpty() || !additions.isEmpty() || !modifications.isEmpty()) {
			model.modifyAnnotations(deletions.toArray(Annotation[]::new), additions,
					modifications.toArray(Annotation[]::new));
		}
	}
}
