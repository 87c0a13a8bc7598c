package org.ddc.ui.navigation;

import org.ddc.ui.editor.DdcEditor;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;

/**
 * Ctrl+click on a name opens its declaration (in whichever file of the design it is). Detection runs on the UI
 * thread as the mouse moves, so it reads only the editor's precomputed {@link FileIndex}.
 */
public class DeclarationHyperlinkDetector implements IHyperlinkDetector {
	private final DdcEditor editor;

	public DeclarationHyperlinkDetector(DdcEditor editor) {
		this.editor = editor;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer textViewer, IRegion region, boolean canShowMultipleHyperlinks) {
		FileIndex index = editor.navigation() != null ? editor.navigation().index().current() : null;
		FileIndex.Occurrence name = index != null && region != null ? index.at(region.getOffset()) : null;
		Declaration declaration = name != null ? index.declaration(name.symbol()) : null;
		if (declaration == null) {
			return null;
		}
		return new IHyperlink[] { new DeclarationHyperlink(new Region(name.offset(), name.length()), declaration) };
	}

	/** A link from a name to its declaration. */
	public record DeclarationHyperlink(IRegion region, Declaration declaration) implements IHyperlink {
		@Override
		public IRegion getHyperlinkRegion() {
			return region;
		}

		@Override
		public String getTypeLabel() {
			return "Open Declaration";
		}

		@Override
		public String getHyperlinkText() {
			return "Open Declaration of " + declaration.title();
		}

		@Override
		public void open() {
			Navigation.reveal(declaration);
		}
	}
}
