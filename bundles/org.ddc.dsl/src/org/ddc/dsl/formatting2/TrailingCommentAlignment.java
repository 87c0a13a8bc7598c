package org.ddc.dsl.formatting2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;

import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegionPart;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.IWhitespace;

/**
 * Aligns end-of-line comments the way gofmt does: in a run of consecutive lines with the same indentation that all
 * end with a comment, the comments start one space after the longest code part of the run. A line without such a
 * comment, a blank line or a change of indentation ends the run.
 *
 * <p>
 * Works on the formatter's result: the replacements are applied to see the formatted lines, then the whitespace
 * before each end-of-line comment is replaced by the padding. The formatter itself writes one space there, so the
 * alignment does not depend on how the comments were aligned before, and formatting again changes nothing.
 */
final class TrailingCommentAlignment {

	/** A comment at a line end: where it is in the original and in the formatted text, and its code part. */
	private record Trailing(int gapStart, int commentOffset, int line, String indentation, int width) {
	}

	private final ITextRegionAccess access;
	private final String original;

	TrailingCommentAlignment(ITextRegionAccess access) {
		this.access = access;
		this.original = access.regionForDocument().getText();
	}

	/**
	 * The replacements with the whitespace before end-of-line comments set to align them.
	 *
	 * @param inRange whether a range of the original text may be changed (the requested regions)
	 * @param identityEdits whether replacements that change nothing are wanted
	 */
	List<ITextReplacement> align(List<ITextReplacement> replacements, BiPredicate<Integer, Integer> inRange,
			boolean identityEdits) {
		List<IComment> comments = comments();
		if (comments.isEmpty()) {
			return replacements;
		}
		List<ITextReplacement> sorted = new ArrayList<>(replacements);
		sorted.sort(Comparator.comparingInt(ITextReplacement::getOffset)
				.thenComparingInt(ITextReplacement::getLength));
		StringBuilder formatted = new StringBuilder(original.length() + 1024);
		int[] formattedOffsets = new int[comments.size()];
		int position = 0;
		int next = 0;
		for (int i = 0; i < comments.size(); i++) {
			int offset = comments.get(i).getOffset();
			while (next < sorted.size() && sorted.get(next).getEndOffset() <= offset) {
				ITextReplacement replacement = sorted.get(next++);
				formatted.append(original, position, replacement.getOffset()).append(replacement.getReplacementText());
				position = replacement.getEndOffset();
			}
			formattedOffsets[i] = formatted.length() + offset - position;
		}
		for (; next < sorted.size(); next++) {
			ITextReplacement replacement = sorted.get(next);
			formatted.append(original, position, replacement.getOffset()).append(replacement.getReplacementText());
			position = replacement.getEndOffset();
		}
		formatted.append(original, position, original.length());
		String text = formatted.toString();

		List<Trailing> trailing = new ArrayList<>();
		int line = 0;
		int lineCountedTo = 0;
		for (int i = 0; i < comments.size(); i++) {
			IComment comment = comments.get(i);
			int start = formattedOffsets[i];
			String commentText = comment.getText().stripTrailing();
			if (commentText.contains("\n") || !text.startsWith(commentText, start)) {
				continue;
			}
			int lineStart = text.lastIndexOf('\n', start - 1) + 1;
			String code = text.substring(lineStart, start).stripTrailing();
			int lineEnd = text.indexOf('\n', start);
			String rest = text.substring(start + commentText.length(), lineEnd < 0 ? text.length() : lineEnd);
			if (code.isBlank() || !rest.isBlank()) {
				continue;
			}
			for (; lineCountedTo < lineStart; lineCountedTo++) {
				if (text.charAt(lineCountedTo) == '\n') {
					line++;
				}
			}
			String indentation = code.substring(0, code.length() - code.stripLeading().length());
			IHiddenRegionPart before = comment.getPreviousHiddenPart();
			int gapStart = before instanceof IWhitespace && before.getHiddenRegion() == comment.getHiddenRegion()
					? before.getOffset()
					: comment.getOffset();
			trailing.add(new Trailing(gapStart, comment.getOffset(), line, indentation,
					code.codePointCount(0, code.length())));
		}

		List<ITextReplacement> result = new ArrayList<>(sorted);
		for (int first = 0; first < trailing.size();) {
			int last = first;
			while (last + 1 < trailing.size() && trailing.get(last + 1).line() == trailing.get(last).line() + 1
					&& trailing.get(last + 1).indentation().equals(trailing.get(first).indentation())) {
				last++;
			}
			int column = 0;
			for (int i = first; i <= last; i++) {
				column = Math.max(column, trailing.get(i).width());
			}
			for (int i = first; i <= last; i++) {
				Trailing comment = trailing.get(i);
				if (inRange.test(comment.gapStart(), comment.commentOffset())) {
					pad(result, comment, " ".repeat(column - comment.width() + 1), identityEdits);
				}
			}
			first = last + 1;
		}
		return result;
	}

	private void pad(List<ITextReplacement> replacements, Trailing comment, String padding, boolean identityEdits) {
		replacements.removeIf(replacement -> replacement.getOffset() >= comment.gapStart()
				&& replacement.getEndOffset() <= comment.commentOffset());
		if (identityEdits || !padding.equals(original.substring(comment.gapStart(), comment.commentOffset()))) {
			replacements.add(access.regionForOffset(comment.gapStart(), comment.commentOffset() - comment.gapStart())
					.replaceWith(padding));
		}
	}

	/** All comments of the file in text order. */
	private List<IComment> comments() {
		List<IComment> comments = new ArrayList<>();
		IHiddenRegion hidden = access.regionForRootEObject().getPreviousHiddenRegion();
		for (; hidden != null; hidden = hidden.getNextHiddenRegion()) {
			for (IHiddenRegionPart part : hidden.getParts()) {
				if (part instanceof IComment comment) {
					comments.add(comment);
				}
			}
		}
		return comments;
	}
}
