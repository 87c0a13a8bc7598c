package org.ddc.ui.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ddc.ui.DdcUiPlugin;
import org.ddc.ui.design.LiveDesign;
import org.ddc.ui.design.WorkspaceDesigns;
import org.ddc.ui.navigation.DesignReferences;
import org.ddc.ui.navigation.DesignReferences.Reference;
import org.ddc.ui.navigation.DesignReferences.Usage;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResult;
import org.eclipse.search.ui.text.Match;

/** Every reference, in every file of the design, to the element named at an offset of a file. */
public class ReferencesQuery implements ISearchQuery {
	private final LiveDesign design;
	private final Path file;
	private final int offset;
	private final ReferencesResult result = new ReferencesResult(this);
	private volatile String label = "ddc references";

	public ReferencesQuery(LiveDesign design, Path file, int offset) {
		this.design = design;
		this.file = file;
		this.offset = offset;
	}

	@Override
	public IStatus run(IProgressMonitor monitor) throws OperationCanceledException {
		result.removeAll();
		Usage usage = DesignReferences.at(design, file, offset);
		if (usage == null) {
			return new Status(IStatus.INFO, DdcUiPlugin.ID,
					"No design element at the caret: place it on a declared or referenced name");
		}
		label = "References to " + usage.declaration().title();
		for (Map.Entry<Path, List<Reference>> entry : usage.references().entrySet()) {
			IFile member = WorkspaceDesigns.file(entry.getKey());
			if (member == null) {
				continue;
			}
			for (Reference reference : entry.getValue()) {
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				ReferenceSite site = new ReferenceSite(member, reference.range().line(), reference.lineText());
				result.addMatch(new Match(site, reference.range().offset(), reference.range().length()));
			}
		}
		return Status.OK_STATUS;
	}

	@Override
	public String getLabel() {
		return label;
	}

	@Override
	public boolean canRerun() {
		return true;
	}

	@Override
	public boolean canRunInBackground() {
		return true;
	}

	@Override
	public ISearchResult getSearchResult() {
		return result;
	}
}
