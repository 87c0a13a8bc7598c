package org.ddc.ui.hover;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.dsl.validation.Finding;
import org.ddc.ui.design.LiveDesign;
import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.editor.FindingAnnotation;
import org.ddc.ui.navigation.Declaration;
import org.ddc.ui.navigation.FileIndex;
import org.ddc.ui.navigation.Symbols;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.editors.text.EditorsUI;

/**
 * The hover of the .ddc editor. Over a live finding: its message, rule, severity and the guide's citation. Over a
 * name: the element it declares or refers to, with kind, file and line, and the first lines of its declaration; for
 * a host design, cluster or workload group also its demand against capacity after N+k (the analysis the rules
 * read, not computed again).
 * The platform calls {@link #getHoverInfo2} off the UI thread; the model is read under the design's lock there.
 */
public class DdcTextHover implements ITextHover, ITextHoverExtension, ITextHoverExtension2 {
	/** Lines of a declaration's source shown in the hover. */
	static final int SOURCE_LINES = 8;

	private final DdcEditor editor;

	public DdcTextHover(DdcEditor editor) {
		this.editor = editor;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
		for (Position position : findingAnnotationsAt(offset).values()) {
			return new Region(position.getOffset(), position.getLength());
		}
		FileIndex index = editor.navigation() != null ? editor.navigation().index().current() : null;
		FileIndex.Occurrence name = index != null ? index.at(offset) : null;
		return name != null ? new Region(name.offset(), name.length()) : new Region(offset, 0);
	}

	@Override
	public Object getHoverInfo2(ITextViewer textViewer, IRegion region) {
		List<Finding> findings = findingsAt(region.getOffset());
		if (!findings.isEmpty()) {
			return HoverHtml.findings(findings);
		}
		return declarationAt(region.getOffset());
	}

	@Override
	@Deprecated
	public String getHoverInfo(ITextViewer textViewer, IRegion region) {
		Object info = getHoverInfo2(textViewer, region);
		return info != null ? info.toString() : null;
	}

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return parent -> new DefaultInformationControl(parent, EditorsUI.getTooltipAffordanceString());
	}

	/** The hover of the element declared or referred to at an offset, or null. */
	public String declarationAt(int offset) {
		LiveDesign design = editor.liveDesign();
		if (design == null || editor.filePath() == null) {
			return null;
		}
		return design.read(editor.filePath(), resource -> {
			EObject target = Symbols.targetAt(resource, offset);
			Declaration declaration = target != null ? Symbols.declaration(target) : null;
			if (declaration == null) {
				return null;
			}
			// only sizing elements need the analysis (it may have to run the rules after an edit)
			String sizing = HoverHtml.hasSizing(target)
					? design.readAnalysis((loaded, analysis) -> HoverHtml.sizing(target, analysis))
					: null;
			return HoverHtml.declaration(declaration, Symbols.sourceOf(target, SOURCE_LINES))
					+ (sizing != null ? sizing : "");
		});
	}

	/** The live findings whose range covers an offset. */
	public List<Finding> findingsAt(int offset) {
		return findingAnnotationsAt(offset).keySet().stream().map(FindingAnnotation::finding).toList();
	}

	private Map<FindingAnnotation, Position> findingAnnotationsAt(int offset) {
		Map<FindingAnnotation, Position> found = new LinkedHashMap<>();
		IAnnotationModel model = editor.annotationModel();
		if (model == null) {
			return found;
		}
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof FindingAnnotation annotation) {
				Position position = model.getPosition(annotation);
				if (position != null && covers(position, offset)) {
					found.put(annotation, position);
				}
			}
		}
		return found;
	}

	private static boolean covers(Position position, int offset) {
		return !position.isDeleted() && position.getOffset() <= offset
				&& offset <= position.getOffset() + Math.max(position.getLength(), 1);
	}
}
