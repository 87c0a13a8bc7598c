package org.ddc.dsl.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.ddc.dsl.conversion.DdcValueConverters.UnitException;
import org.ddc.dsl.linking.NameSuggester;
import org.ddc.dsl.validation.IssueCodes;
import org.ddc.rules.Fix;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import com.google.inject.Inject;

/**
 * Gives syntax errors the code DDC-SYNTAX and a message that says what was expected ("unexpected 'load-balanced':
 * expected one of: not-applicable, load-balancing, vm-clustering, host-clustering, application-level") instead of
 * ANTLR's "no viable alternative at input …"; unit errors get the code DDC-UNIT with the units that fit as fix data.
 * The expectations are computed only when the parser reports an error (see {@link ExpectedTokens}).
 */
public class DdcSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {
	/** At most this many expected tokens are listed; "…" stands for the rest. */
	static final int MAX_LISTED = 8;
	private static final int MAX_TOKEN_LENGTH = 40;
	/** Shorter words get no did-you-mean: nearly every short keyword is two edits from them. */
	private static final int MIN_SUGGESTED_LENGTH = 4;
	/** ANTLR's lexer messages (BaseRecognizer.getErrorMessage). */
	private static final Pattern NO_VIABLE_CHARACTER = Pattern
			.compile("(?:no viable alternative|required \\(\\.\\.\\.\\)\\+ loop did not match anything) at character (.+)");
	private static final Pattern MISMATCHED_CHARACTER = Pattern.compile("mismatched character (.+) expecting (?!set)(.+)");

	@Inject
	private ExpectedTokens expectedTokens;

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		String message;
		try {
			message = describe(context);
		} catch (RuntimeException e) {
			message = null; // never let a message stop the parser
		}
		return new SyntaxErrorMessage(message != null ? message : context.getDefaultMessage(), IssueCodes.SYNTAX);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		ValueConverterException exception = context.getValueConverterException();
		if (exception instanceof UnitException unit) {
			return new SyntaxErrorMessage(exception.getMessage(), IssueCodes.UNIT, Fix.toData(unit.fixes()));
		}
		return new SyntaxErrorMessage(exception.getMessage(), IssueCodes.SYNTAX);
	}

	/** The message, or null to keep the parser's own. */
	private String describe(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		if (exception == null) {
			return lexerMessage(context.getDefaultMessage());
		}
		if (exception.token == null || context.getCurrentNode() == null) {
			return null;
		}
		ILeafNode last = ExpectedTokens.lastConsumed(context.getCurrentNode());
		Set<String> expected = expectedTokens.after(last);
		Token token = exception.token;
		boolean endOfFile = token.getType() == Token.EOF;
		String text = token.getText();
		if (expected.isEmpty() || !endOfFile && expected.contains(text)) {
			// the parser is recovering from an earlier error where the node model does not show: say what it expects
			expected = parserExpectation(exception, context.getTokenNames());
		}
		if (endOfFile) {
			int open = openBraceLine(last);
			if (open > 0 && expected.contains("}")) {
				return "unexpected end of file: expected '}' to close the '{' of line " + open;
			}
			return "unexpected end of file" + (expected.isEmpty() ? "" : ": expected " + list(expected));
		}
		if (text == null) {
			return null;
		}
		if (expected.isEmpty()) {
			return "unexpected " + quote(text);
		}
		String suggestion = text != null && text.length() >= MIN_SUGGESTED_LENGTH
				? new NameSuggester(keywords(expected)).closest(text) : null;
		return "unexpected " + quote(text) + ": expected " + list(expected)
				+ (suggestion != null ? " — did you mean '" + suggestion + "'?" : "");
	}

	/**
	 * The lexer's message in the same words ("unexpected character 'z'", "unexpected end of file: expected '\"'"),
	 * or null for one it does not know.
	 */
	static String lexerMessage(String message) {
		if (message == null) {
			return null;
		}
		Matcher noViable = NO_VIABLE_CHARACTER.matcher(message);
		if (noViable.matches()) {
			return "unexpected character " + noViable.group(1);
		}
		Matcher mismatched = MISMATCHED_CHARACTER.matcher(message);
		if (mismatched.matches()) {
			String expected = mismatched.group(2).equals("'\"'") ? "'\"' to close the quoted string"
					: mismatched.group(2);
			return (mismatched.group(1).equals("'<EOF>'") ? "unexpected end of file"
					: "unexpected character " + mismatched.group(1)) + ": expected " + expected;
		}
		return null;
	}

	/** The one token the parser's exception says it expected ("{" for "mismatched input … expecting '{'"), if any. */
	private static Set<String> parserExpectation(RecognitionException exception, String[] tokenNames) {
		if (exception instanceof MismatchedTokenException mismatched && mismatched.expecting != Token.INVALID_TOKEN_TYPE
				&& tokenNames != null && mismatched.expecting >= 0 && mismatched.expecting < tokenNames.length) {
			String name = tokenNames[mismatched.expecting];
			String token = switch (name) {
				case "RULE_ID" -> "a name";
				case "RULE_INT" -> "a number";
				case "RULE_STRING" -> "a quoted string";
				default -> name.length() > 2 && name.startsWith("'") && name.endsWith("'")
						? name.substring(1, name.length() - 1) : null;
			};
			return token != null ? Set.of(token) : Set.of();
		}
		return Set.of();
	}

	/** "'}'", "one of: a, b, c" or "one of: a, …, h, …" (at most {@link #MAX_LISTED}). */
	static String list(Set<String> expected) {
		List<String> shown = new ArrayList<>();
		for (String token : expected) {
			if (shown.size() == MAX_LISTED) {
				shown.add("…");
				break;
			}
			shown.add(show(token));
		}
		return shown.size() == 1 ? shown.get(0) : "one of: " + String.join(", ", shown);
	}

	/** Keywords as written; punctuation in quotes ('}'); token classes ("a name") as they are. */
	private static String show(String token) {
		if (token.startsWith("a ") || token.equals(ExpectedTokens.END_OF_FILE)) {
			return token;
		}
		return Character.isLetter(token.charAt(0)) ? token : "'" + token + "'";
	}

	private static List<String> keywords(Set<String> expected) {
		return expected.stream().filter(t -> Character.isLetter(t.charAt(0)) && !t.startsWith("a ")
				&& !t.equals(ExpectedTokens.END_OF_FILE)).toList();
	}

	private static String quote(String text) {
		String shown = text.length() > MAX_TOKEN_LENGTH ? text.substring(0, MAX_TOKEN_LENGTH) + "…" : text;
		return "'" + shown + "'";
	}

	/** The line of the innermost '{' around {@code last} that has no '}' yet, or 0. */
	private static int openBraceLine(ILeafNode last) {
		for (ICompositeNode block = last == null ? null : last.getParent(); block != null; block = block.getParent()) {
			int open = 0;
			for (INode child : block.getChildren()) {
				if (child.getGrammarElement() instanceof Keyword keyword) {
					if (keyword.getValue().equals("{")) {
						open = child.getStartLine();
					} else if (keyword.getValue().equals("}")) {
						open = 0;
					}
				}
			}
			if (open > 0) {
				return open;
			}
		}
		return 0;
	}
}
