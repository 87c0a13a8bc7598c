package org.ddc.dsl.formatting2;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.ddc.model.DdcModel;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.SinglelineDocCommentReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.util.ITextRegion;

import com.google.inject.Inject;

/**
 * Lays out a .ddc file: one top-level element per paragraph, one attribute per line inside tab-indented blocks,
 * single spaces between tokens ({@code failover-reserve N + 1}), no space before commas.
 *
 * <p>
 * What the author wrote is kept where it carries meaning: a blank line between attributes, elements or comments
 * (several become one; none directly inside braces), a line break after a comma of a long list (the continuation is
 * indented one level deeper), and comments, unchanged and on their lines. End-of-line comments on consecutive lines
 * are aligned one space after the longest line ({@link TrailingCommentAlignment}).
 *
 * <p>
 * Which tokens start a line is derived from the grammar: the first element of every alternative in a
 * {@code ( … )*} attribute loop, and every repeated block member such as {@code port} lines.
 */
public class DdcFormatter extends AbstractJavaFormatter {
	private static final Pattern WHITESPACE = Pattern.compile("\\s+");
	private final Set<AbstractElement> lineStarts = new HashSet<>();

	@Inject
	void collectLineStarts(IGrammarAccess grammarAccess) {
		for (ParserRule rule : GrammarUtil.allParserRules(grammarAccess.getGrammar())) {
			if (!GrammarUtil.isDatatypeRule(rule)) {
				collectLoops(rule.getAlternatives());
			}
		}
	}

	private void collectLoops(AbstractElement element) {
		if (element == null) {
			return;
		}
		boolean loop = GrammarUtil.isMultipleCardinality(element);
		if (loop && element instanceof Alternatives alternatives) {
			alternatives.getElements().forEach(this::addLineStart);
		} else if (loop && element instanceof Assignment assignment && assignment.getTerminal() instanceof RuleCall) {
			lineStarts.add(assignment);
		}
		for (EObject child : element.eContents()) {
			if (child instanceof AbstractElement nested) {
				collectLoops(nested);
			}
		}
	}

	private void addLineStart(AbstractElement alternative) {
		AbstractElement first = alternative instanceof Group group ? group.getElements().get(0) : alternative;
		if (first instanceof RuleCall call && call.getRule() instanceof ParserRule rule && rule.isFragment()) {
			addLineStart(rule.getAlternatives());
		} else if (first instanceof Alternatives alternatives) {
			alternatives.getElements().forEach(this::addLineStart);
		} else if (first instanceof Assignment assignment && assignment.getTerminal() instanceof Keyword keyword) {
			lineStarts.add(keyword);
		} else if (first instanceof Assignment assignment && isObjectRuleCall(assignment.getTerminal())) {
			lineStarts.add(assignment);
		} else if (first instanceof Keyword) {
			lineStarts.add(first);
		}
	}

	private static boolean isObjectRuleCall(AbstractElement element) {
		if (!(element instanceof RuleCall call)) {
			return false;
		}
		AbstractRule rule = call.getRule();
		return rule instanceof ParserRule parserRule && !GrammarUtil.isDatatypeRule(parserRule);
	}

	protected void format(DdcModel model, IFormattableDocument doc) {
		IEObjectRegion root = getTextRegionAccess().regionForRootEObject();
		if (root == null) {
			return;
		}
		List<ISemanticRegion> regions = com.google.common.collect.Lists.newArrayList(root.getAllSemanticRegions());
		for (ISemanticRegion region : regions) {
			doc.append(region, it -> {
				it.oneSpace();
				it.lowPriority();
			});
			formatToken(region, doc);
		}
		boolean first = true;
		for (EObject element : model.getElements()) {
			if (first && startsFile(element)) {
				doc.prepend(element, it -> it.noSpace());
			} else if (first) {
				doc.prepend(element, it -> it.setNewLines(0, 0, 2));
			} else {
				doc.prepend(element, it -> it.setNewLines(2));
			}
			first = false;
		}
		for (EObject object : (Iterable<EObject>) model::eAllContents) {
			IEObjectRegion region = getTextRegionAccess().regionForEObject(object);
			if (region != null && object.eContainer() != model
					&& lineStarts.contains(GrammarUtil.containingAssignment(region.getGrammarElement()))) {
				doc.prepend(object, it -> it.setNewLines(1, 1, 2));
			}
			formatBlock(object, doc);
		}
		if (!regions.isEmpty()) {
			doc.append(regions.get(regions.size() - 1), it -> it.setNewLines(1));
		}
	}

	/** Whether only whitespace (no comment) precedes the element in the file. */
	private boolean startsFile(EObject element) {
		IEObjectRegion region = getTextRegionAccess().regionForEObject(element);
		IHiddenRegion before = region != null ? region.getPreviousHiddenRegion() : null;
		return before != null && before.getPreviousSemanticRegion() == null && !before.containsComment();
	}

	private void formatToken(ISemanticRegion region, IFormattableDocument doc) {
		if (isDatatypeRuleCall(region.getGrammarElement())) {
			formatValue(region, doc);
			return;
		}
		if (!(region.getGrammarElement() instanceof Keyword keyword)) {
			return;
		}
		if (lineStarts.contains(keyword)) {
			doc.prepend(region, it -> it.setNewLines(1, 1, 2));
		}
		if (",".equals(keyword.getValue())) {
			doc.prepend(region, it -> it.noSpace());
			keepLineBreak(region, doc);
		}
	}

	/**
	 * A long list the author broke after a comma stays broken there: the next item starts a continuation line,
	 * indented one level deeper than the attribute.
	 */
	private static void keepLineBreak(ISemanticRegion comma, IFormattableDocument doc) {
		IHiddenRegion after = comma.getNextHiddenRegion();
		ISemanticRegion item = comma.getNextSemanticRegion();
		if (after == null || item == null || !after.getText().contains("\n")) {
			return;
		}
		doc.set(after, it -> it.newLine());
		doc.set(after, item.getNextHiddenRegion(), it -> {
			it.indent();
			it.lowPriority();
		});
	}

	private static boolean isDatatypeRuleCall(EObject grammarElement) {
		return grammarElement instanceof RuleCall call && call.getRule() instanceof ParserRule rule
				&& GrammarUtil.isDatatypeRule(rule);
	}

	/**
	 * A value such as {@code 4   GB} or {@code - 1} is one region for the formatter: collapse the whitespace inside
	 * it to one space ({@code 4 GB}) and drop it after a sign ({@code -1}). Values holding a string or a comment are
	 * left as written.
	 */
	private static void formatValue(ISemanticRegion region, IFormattableDocument doc) {
		String text = region.getText();
		if (!WHITESPACE.matcher(text).find() || text.contains("\"") || text.contains("'") || text.contains("/*")
				|| text.contains("//")) {
			return;
		}
		String normalized = WHITESPACE.matcher(text).replaceAll(" ").replaceFirst("^- ", "-");
		if (normalized.equals(text)) {
			return;
		}
		doc.addReplacer(new ITextReplacer() {
			@Override
			public ITextSegment getRegion() {
				return region;
			}

			@Override
			public ITextReplacerContext createReplacements(ITextReplacerContext context) {
				context.addReplacement(region.replaceWith(normalized));
				return context;
			}
		});
	}

	private void formatBlock(EObject object, IFormattableDocument doc) {
		ISemanticRegion open = regionFor(object).keyword("{");
		ISemanticRegion close = regionFor(object).keyword("}");
		if (open == null || close == null) {
			return;
		}
		if (open.getNextSemanticRegion() == close) {
			doc.append(open, it -> it.newLine());
			return;
		}
		doc.append(open, it -> {
			// no blank line after the brace, whatever the first line of the block allows
			it.newLine();
			it.highPriority();
		});
		doc.prepend(close, it -> it.newLine());
		doc.interior(open, close, it -> it.indent());
	}

	@Override
	public ITextReplacer createHiddenRegionReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		return new LineKeepingReplacers.HiddenRegion(region, formatting);
	}

	@Override
	public ITextReplacer createWhitespaceReplacer(ITextSegment whitespace, IHiddenRegionFormatting formatting) {
		return new LineKeepingReplacers.Whitespace(whitespace, formatting);
	}

	/**
	 * Comments are kept as written. Xtext would rewrite the space after {@code //} of an indented comment; a
	 * {@code //} comment at the start of a line (commented-out text) keeps its column, as in Xtext.
	 */
	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		ITextReplacer replacer = super.createCommentReplacer(comment);
		return replacer instanceof SinglelineDocCommentReplacer ? new LineKeepingReplacers.VerbatimComment(comment)
				: replacer;
	}

	/** Aligns the end-of-line comments of consecutive lines (see {@link TrailingCommentAlignment}). */
	@Override
	protected List<ITextReplacement> postProcess(IFormattableDocument document, List<ITextReplacement> replacements) {
		List<ITextReplacement> processed = super.postProcess(document, replacements);
		Collection<ITextRegion> regions = getRequest().getRegions();
		return new TrailingCommentAlignment(getTextRegionAccess()).align(processed,
				(offset, end) -> regions.isEmpty() || regions.stream()
						.anyMatch(region -> region.getOffset() <= offset && region.getOffset() + region.getLength() >= end),
				getRequest().allowIdentityEdits());
	}
}
