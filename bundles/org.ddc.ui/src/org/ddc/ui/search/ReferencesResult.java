package org.ddc.ui.search;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.IEditorMatchAdapter;
import org.eclipse.search.ui.text.IFileMatchAdapter;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.IEditorPart;

/**
 * The references found by a {@link ReferencesQuery}: one element per referring line ({@link ReferenceSite}), one
 * match per reference. The match adapters let the search framework mark matches in editors and follow edits.
 */
public class ReferencesResult extends AbstractTextSearchResult implements IEditorMatchAdapter, IFileMatchAdapter {
	private final ReferencesQuery query;

	ReferencesResult(ReferencesQuery query) {
		this.query = query;
	}

	@Override
	public String getLabel() {
		int count = getMatchCount();
		return query.getLabel() + " – " + count + (count == 1 ? " reference" : " references") + " in the design";
	}

	@Override
	public String getTooltip() {
		return getLabel();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public ISearchQuery getQuery() {
		return query;
	}

	@Override
	public IEditorMatchAdapter getEditorMatchAdapter() {
		return this;
	}

	@Override
	public IFileMatchAdapter getFileMatchAdapter() {
		return this;
	}

	@Override
	public boolean isShownInEditor(Match match, IEditorPart editor) {
		return match.getElement() instanceof ReferenceSite site
				&& site.file().equals(editor.getEditorInput().getAdapter(IFile.class));
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IEditorPart editor) {
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		return file != null ? computeContainedMatches(result, file) : new Match[0];
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IFile file) {
		List<Match> matches = new ArrayList<>();
		for (Object element : result.getElements()) {
			if (element instanceof ReferenceSite site && site.file().equals(file)) {
				matches.addAll(List.of(result.getMatches(element)));
			}
		}
		return matches.toArray(Match[]::new);
	}

	@Override
	public IFile getFile(Object element) {
		return element instanceof ReferenceSite site ? site.file() : null;
	}
}
