package org.ddc.ui.format;

import java.util.ArrayList;
import java.util.List;

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
 * Formats a parsed .ddc file, or a region of it, with the language's formatter ({@code DdcFormatter}, Xtext
 * formatter2) and returns the text changes; they refer to the text the resource was parsed from.
 */
public class DesignFormatter {
	/** One change of the text: replace {@code length} characters at {@code offset} by {@code text}. */
	public record Replacement(int offset, int length, String text) {
	}

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
	 * The changes that format the region (null: the whole file), in text order; empty when the file has syntax
	 * errors or is formatted already.
	 */
	public List<Replacement> format(XtextResource resource, ITextRegion region) {
		if (!canFormat(resource)) {
			return List.of();
		}
		ITextRegionAccess regions = regionAccess.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(regions);
		request.setAllowIdentityEdits(false);
		if (region != null) {
			request.setRegions(List.of(region));
		}
		List<Replacement> replacements = new ArrayList<>();
		for (ITextReplacement replacement : formatter.get().format(request)) {
			replacements.add(new Replacement(replacement.getOffset(), replacement.getLength(),
					replacement.getReplacementText()));
		}
		replacements.sort(java.util.Comparator.comparingInt(Replacement::offset));
		return replacements;
	}
}
