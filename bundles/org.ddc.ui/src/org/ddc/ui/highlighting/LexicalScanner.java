package org.ddc.ui.highlighting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.ddc.dsl.parser.antlr.internal.InternalDdcLexer;
import org.ddc.dsl.parser.antlr.internal.InternalDdcParser;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;

/**
 * Lexical highlighting with the language's own generated lexer: keywords, enumeration values, numbers, the unit
 * after a number, strings and comments look the same as the parser sees them. Tokens are contiguous (the
 * presentation reconciler merges neighbours of the same style); text without a style keeps the editor's colours.
 */
public class LexicalScanner implements ITokenScanner {
	private record Span(int offset, int length, Style style) {
	}

	private final Styles styles;
	private final Set<String> valueKeywords;
	private final List<Span> spans = new ArrayList<>();
	private int next;
	private Span current;

	public LexicalScanner(Styles styles, Set<String> valueKeywords) {
		this.styles = styles;
		this.valueKeywords = valueKeywords;
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		spans.clear();
		next = 0;
		String text;
		try {
			text = document.get(offset, length);
		} catch (BadLocationException e) {
			return;
		}
		InternalDdcLexer lexer = new InternalDdcLexer(new ANTLRStringStream(text));
		boolean afterNumber = false;
		int position = 0;
		while (position < text.length()) {
			Token token = lexer.nextToken();
			if (token == null || token.getType() == Token.EOF) {
				break;
			}
			CommonToken common = (CommonToken) token;
			int start = common.getStartIndex();
			int end = common.getStopIndex() + 1;
			if (end <= start || start < position) {
				break; // the lexer gave up (invalid input): leave the rest unstyled
			}
			if (start > position) {
				spans.add(new Span(offset + position, start - position, null));
			}
			Style style = classify(token, afterNumber);
			if (!"RULE_WS".equals(tokenName(token))) {
				afterNumber = style == Style.NUMBER;
			}
			spans.add(new Span(offset + start, end - start, style));
			position = end;
		}
		if (position < text.length()) {
			spans.add(new Span(offset + position, text.length() - position, null));
		}
	}

	private static String tokenName(Token token) {
		int type = token.getType();
		return type >= 0 && type < InternalDdcParser.tokenNames.length ? InternalDdcParser.tokenNames[type] : "";
	}

	private Style classify(Token token, boolean afterNumber) {
		return switch (tokenName(token)) {
			case "RULE_INT" -> Style.NUMBER;
			case "RULE_STRING" -> Style.STRING;
			case "RULE_SL_COMMENT" -> token.getText().matches("//\\s*suppress\\b.*") ? Style.SUPPRESSION : Style.COMMENT;
			case "RULE_ML_COMMENT" -> Style.COMMENT;
			case "RULE_ID" -> afterNumber ? Style.UNIT : null;
			case "RULE_WS", "RULE_ANY_OTHER" -> null;
			default -> keyword(tokenName(token), afterNumber);
		};
	}

	private Style keyword(String quoted, boolean afterNumber) {
		if (quoted.length() < 3 || quoted.charAt(0) != '\'') {
			return null;
		}
		String keyword = quoted.substring(1, quoted.length() - 1);
		if (keyword.equals(".")) {
			return afterNumber ? Style.NUMBER : null; // the '.' of a decimal keeps the number going
		}
		if (afterNumber && (keyword.equals("%") || keyword.equals("U"))) {
			return Style.UNIT;
		}
		if (!Character.isLetter(keyword.charAt(0))) {
			return null;
		}
		return valueKeywords.contains(keyword) ? Style.VALUE : Style.KEYWORD;
	}

	@Override
	public IToken nextToken() {
		if (next >= spans.size()) {
			current = null;
			return org.eclipse.jface.text.rules.Token.EOF;
		}
		current = spans.get(next++);
		return current.style() == null ? org.eclipse.jface.text.rules.Token.UNDEFINED
				: new org.eclipse.jface.text.rules.Token(styles.get(current.style()));
	}

	@Override
	public int getTokenOffset() {
		return current != null ? current.offset() : 0;
	}

	@Override
	public int getTokenLength() {
		return current != null ? current.length() : 0;
	}
}
