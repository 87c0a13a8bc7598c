package org.ddc.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Formats a whole .ddc file with {@link DdcFormatter}, headless (no editor): text in, formatted text out. */
public class DdcTextFormatter {

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<IFormatter2> formatter;

	/**
	 * The formatted text of a parsed file.
	 *
	 * @throws IllegalArgumentException when the file has syntax errors (the formatter needs a complete node model)
	 */
	public String format(XtextResource resource) {
		if (resource.getParseResult() == null || !resource.getErrors().isEmpty()) {
			throw new IllegalArgumentException("cannot format a text with syntax errors: " + resource.getErrors());
		}
		ITextRegionAccess regions = regionAccess.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(regions);
		request.setAllowIdentityEdits(false);
		request.setExceptionHandler(e -> {
			throw new IllegalStateException("formatter failed", e);
		});
		List<ITextReplacement> replacements = formatter.get().format(request);
		return regions.getRewriter().renderToString(replacements);
	}
}
