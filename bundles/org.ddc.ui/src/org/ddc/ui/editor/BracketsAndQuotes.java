package org.ddc.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextUtilities;

/**
 * Typing aids for braces and quotes: '{' and '"' insert their closing partner, typing the closing character
 * over an inserted one steps over it, and Enter between '{' and '}' opens an indented block.
 */
public class BracketsAndQuotes implements IAutoEditStrategy {

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		if (command.length != 0 || command.text == null) {
			return;
		}
		try {
			char next = command.offset < document.getLength() ? document.getChar(command.offset) : '\n';
			char previous = command.offset > 0 ? document.getChar(command.offset - 1) : '\n';
			switch (command.text) {
				case "{" -> {
					if (Character.isWhitespace(next)) {
						insertPair(command, "{}");
					}
				}
				case "\"" -> {
					if (next == '"') {
						stepOver(command);
					} else if (Character.isWhitespace(next) && (Character.isWhitespace(previous) || previous == '{')) {
						insertPair(command, "\"\"");
					}
				}
				case "}" -> {
					if (next == '}') {
						stepOver(command);
					}
				}
				default -> {
					if (TextUtilities.endsWith(document.getLegalLineDelimiters(), command.text) != -1 && previous == '{'
							&& next == '}') {
						openBlock(document, command);
					}
				}
			}
		} catch (BadLocationException e) {
			// leave the command as it is
		}
	}

	private static void insertPair(DocumentCommand command, String pair) {
		command.text = pair;
		command.caretOffset = command.offset + 1;
		command.shiftsCaret = false;
	}

	private static void stepOver(DocumentCommand command) {
		command.text = "";
		command.caretOffset = command.offset + 1;
		command.shiftsCaret = false;
	}

	private static void openBlock(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String text = document.get(line.getOffset(), line.getLength());
		String indent = text.substring(0, text.length() - text.stripLeading().length());
		String delimiter = command.text;
		command.text = delimiter + indent + "\t" + delimiter + indent;
		command.caretOffset = command.offset + delimiter.length() + indent.length() + 1;
		command.shiftsCaret = false;
	}
}
