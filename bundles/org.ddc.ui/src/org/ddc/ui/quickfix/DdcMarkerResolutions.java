package org.ddc.ui.quickfix;

import org.ddc.dsl.fix.QuickFix;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.swt.graphics.Image;

/** Quick Fix on ddc markers in the Problems view (marker type {@code org.ddc.ui.problem}). */
public class DdcMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		FindingFixes.Problem problem = MarkerFixes.problem(marker);
		return problem != null && (problem.fix() != null || org.ddc.rules.Catalog.load().contains(problem.code()));
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return MarkerFixes.fixes(marker).stream().map(fix -> new Resolution(fix)).toArray(IMarkerResolution[]::new);
	}

	/** One fix of a marker. */
	public static final class Resolution implements IMarkerResolution2 {
		private final QuickFix fix;

		Resolution(QuickFix fix) {
			this.fix = fix;
		}

		@Override
		public String getLabel() {
			return fix.label();
		}

		@Override
		public void run(IMarker marker) {
			MarkerFixes.apply(marker, fix);
		}

		@Override
		public String getDescription() {
			return fix.label();
		}

		@Override
		public Image getImage() {
			return null;
		}
	}
}
