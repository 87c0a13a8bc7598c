package org.ddc.dsl.formatting2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ddc.dsl.fix.TextEdit;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formats a .ddc file with {@link DdcFormatter}: as text edits (the editor's Format command, a region or the whole
 * file) or as the formatted text (tests, tools).
 */
public class DdcTextFormatter {

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<IFormatter2> formatter;

	/** Whether the file can be formatted: the formatter needs a file without syntax errors. */
	public boolean canFormat(XtextResource resource) {
		return resource.getParseResult() != null && !resource.getParseResult().hasSyntaxErrors();
	}

	/**
	 * The edits that format a region of the file (null: the whole file), in text order; empty when the file is
	 * formatted already or has syntax errors.
	 */
	public List<TextEdit> edits(XtextResource resource, ITextRegion region) {
		if (!canFormat(resource)) {
			return List.of();
		}
		ITextRegionAccess regions = regionAccess.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(regions);
		request.setAllowIdentityEdits(false);
		request.setExceptionHandler(e -> {
			throw new IllegalStateException("formatter failed", e);
		});
		if (region != null) {
			request.setRegions(List.of(region));
		}
		List<TextEdit> edits = new ArrayList<>();
		for (ITextReplacement replacement : formatter.get().format(request)) {
			edits.add(new TextEdit(replacement.getOffset(), replacement.getLength(), replacement.getReplacementText()));
		}
		edits.sort(Comparator.comparingInt(TextEdit::offset));
		return edits;
	}

	/**
	 * The formatted text of a parsed file.
	 *
	 * @throws IllegalArgumentException when the file has syntax errors (the formatter needs a complete node model)
	 */
	public String format(XtextResource resource) {
		if (!canFormat(resource)) {
			throw new IllegalArgumentException("cannot format a text with syntax errors: " + resource.getErrors());
		}
		return TextEdit.apply(resource.getParseResult().getRootNode().getText(), edits(resource, null));
	}
}
