package org.ddc.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.CommentReplacer;
import org.eclipse.xtext.formatting2.internal.HiddenRegionReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;

/**
 * Xtext's replacers for whitespace around comments, changed so that the line structure the author wrote around
 * comments survives formatting.
 *
 * <ul>
 * <li>Xtext counts the lines of a whitespace without the line break that ends a preceding {@code //} comment, so a
 * blank line after a comment was taken for a plain line break and removed. {@link Whitespace} counts it.</li>
 * <li>Inside a hidden region with comments, Xtext allows at most one line break in every whitespace but the first
 * one with a line break: blank lines between comments, or between a comment and the next element, were removed.
 * {@link HiddenRegion} keeps a line break there and one blank line of several.</li>
 * <li>Xtext indents from the first whitespace with a line break on, or the last whitespace if none has one:
 * comments on their own lines after an opening brace that carries an end-of-line comment stayed at the brace's
 * column. The indentation now starts with the first line after the brace. Likewise the indentation decrease before
 * a closing brace moved a comment on the line before it out to the brace's column; it now applies to the line of the
 * brace.</li>
 * </ul>
 */
final class LineKeepingReplacers {

	private LineKeepingReplacers() {
	}

	/** A whitespace whose line count includes the line break of a {@code //} comment just before it. */
	static final class Whitespace extends WhitespaceReplacer {

		Whitespace(ITextSegment whitespace, IHiddenRegionFormatting formatting) {
			super(whitespace, formatting);
		}

		@Override
		protected int computeNewLineCount(ITextReplacerContext context) {
			int previous = trailingNewLinesOfPreviousRegion();
			IHiddenRegionFormatting formatting = getFormatting();
			Integer min = formatting.getNewLineMin();
			Integer max = formatting.getNewLineMax();
			if (previous == 0 || getRegion() instanceof IHiddenRegion hidden && hidden.isUndefined()
					|| min == null && max == null && formatting.getNewLineDefault() == null) {
				return super.computeNewLineCount(context);
			}
			int lines = getRegion().getLineCount() - 1 + previous;
			if (min != null && min > lines) {
				lines = min;
			}
			if (max != null && max < lines) {
				lines = max;
			}
			return lines;
		}
	}

	/** A hidden region with comments: line breaks written between its parts are kept, blank lines collapsed. */
	static final class HiddenRegion extends HiddenRegionReplacer {

		HiddenRegion(IHiddenRegion region, IHiddenRegionFormatting formatting) {
			super(region, formatting);
		}

		@Override
		protected void applyIndentation(List<ITextReplacer> replacers, IHiddenRegionFormatting separator) {
			Integer increase = getFormatting().getIndentationIncrease();
			Integer decrease = getFormatting().getIndentationDecrease();
			if (increase == null && decrease != null && replacers.getLast() instanceof WhitespaceReplacer last) {
				last.getFormatting().setIndentationDecrease(decrease);
				return;
			}
			if (increase != null && decrease == null) {
				for (ITextReplacer replacer : replacers) {
					if (replacer instanceof WhitespaceReplacer whitespace && startsLine(whitespace.getRegion())) {
						whitespace.getFormatting().setIndentationIncrease(increase);
						return;
					}
				}
			}
			super.applyIndentation(replacers, separator);
		}

		/**
		 * The whitespace that gets the line breaks the formatter asks for between the two tokens: before a closing
		 * brace or at the end of the file the last one (comments before it keep their blank lines), elsewhere the
		 * first line break (comments after it belong to the next element). Xtext took the first whitespace with a
		 * line break of its own, which skipped the line break that ends a {@code //} comment.
		 */
		@Override
		protected WhitespaceReplacer findWhitespaceThatSeparatesSemanticRegions(List<ITextReplacer> replacers) {
			ISemanticRegion next = getRegion().getNextSemanticRegion();
			if ((next == null || "}".equals(next.getText())) && replacers.getLast() instanceof WhitespaceReplacer last) {
				return last;
			}
			for (ITextReplacer replacer : replacers) {
				if (replacer instanceof WhitespaceReplacer whitespace && whitespace.getRegion().getOffset() > 0
						&& startsLine(whitespace.getRegion())) {
					return whitespace;
				}
			}
			return super.findWhitespaceThatSeparatesSemanticRegions(replacers);
		}

		@Override
		protected void applyPriorityAndDefaultFormatting(List<ITextReplacer> replacers,
				IHiddenRegionFormatting separator) {
			super.applyPriorityAndDefaultFormatting(replacers, separator);
			for (ITextReplacer replacer : replacers) {
				if (!(replacer instanceof WhitespaceReplacer whitespace) || whitespace.getFormatting() == separator) {
					continue;
				}
				IHiddenRegionFormatting formatting = whitespace.getFormatting();
				if (whitespace.getRegion().getOffset() == 0) {
					// nothing before a comment that starts the file
					formatting.setSpace("");
					formatting.setNewLinesMin(0);
					formatting.setNewLinesMax(0);
				} else if (startsLine(whitespace.getRegion())) {
					formatting.setNewLinesMin(1);
					formatting.setNewLinesMax(2);
				}
			}
		}

		/** Whether the whitespace holds a line break or follows a {@code //} comment (which ends with one). */
		private static boolean startsLine(ITextSegment whitespace) {
			int offset = whitespace.getOffset();
			return whitespace.isMultiline()
					|| offset > 0 && "\n".equals(whitespace.getTextRegionAccess().textForOffset(offset - 1, 1));
		}
	}

	/** A {@code //} comment that is not at the start of a line, kept exactly as written. */
	static final class VerbatimComment extends CommentReplacer {

		VerbatimComment(IComment comment) {
			super(comment);
		}

		@Override
		public ITextReplacerContext createReplacements(ITextReplacerContext context) {
			return context;
		}

		@Override
		public void configureWhitespace(WhitespaceReplacer leading, WhitespaceReplacer trailing) {
			// the whitespace around it is formatted like any other
		}
	}
}
