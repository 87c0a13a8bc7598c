package org.ddc.ui.assist;

import java.util.Collection;

import org.ddc.dsl.ide.contentassist.antlr.DdcParser;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.antlr.FollowElement;
import org.eclipse.xtext.ide.editor.contentassist.antlr.IPartialContentAssistParser;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;

/**
 * The language's content-assist parser, made partial: a .ddc file is a sequence of top-level elements, so what may
 * follow the caret depends only on the text from the start of the element around (or before) the caret. Parsing
 * that instead of the whole file up to the caret keeps content assist as fast at line 24,000 as at line 10.
 */
public class PartialDesignParser extends DdcParser implements IPartialContentAssistParser {

	@Override
	public Collection<FollowElement> getFollowElements(IParseResult parseResult, int offset, boolean strict) {
		ICompositeNode root = parseResult.getRootNode();
		int start = startOfElementBefore(root, offset);
		return getFollowElements(root.getText().substring(start, offset), strict);
	}

	/** Where the last top-level element that starts before the offset starts (0 if none does). */
	static int startOfElementBefore(ICompositeNode root, int offset) {
		int start = 0;
		for (INode child : root.getChildren()) {
			if (child.getOffset() >= offset) {
				break;
			}
			if (child instanceof ICompositeNode && child.getGrammarElement() instanceof RuleCall) {
				start = child.getOffset();
			}
		}
		return start;
	}
}
