package org.ddc.ui.navigation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.ddc.ui.navigation.FileIndex.Occurrence;
import org.ddc.ui.outline.OutlineNode;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/** Builds the {@link FileIndex} of a parsed file in one pass over its model and node model. */
public final class FileIndexer {
	private final Path file;
	private final Map<EObject, Integer> symbolIds = new IdentityHashMap<>();
	private final List<Declaration> symbols = new ArrayList<>();
	private final List<Occurrence> occurrences = new ArrayList<>();

	private FileIndexer(Path file) {
		this.file = file;
	}

	/** The index of a resource (linked on the way); {@code stamp} is the document state it was read from. */
	public static FileIndex index(XtextResource resource, Path file, long stamp) {
		FileIndexer indexer = new FileIndexer(file);
		if (resource.getParseResult() == null || resource.getContents().isEmpty()) {
			return new FileIndex(file, stamp, List.of(), List.of(), List.of(), List.of());
		}
		EObject root = resource.getContents().get(0);
		indexer.collectNames(resource);
		List<OutlineNode> outline = new ArrayList<>();
		for (EObject element : root.eContents()) {
			indexer.addOutline(element, "", outline);
		}
		ICompositeNode rootNode = resource.getParseResult().getRootNode();
		List<TextRange> folds = new ArrayList<>();
		indexer.collectElementFolds(root, rootNode.getText(), folds);
		collectCommentFolds(rootNode, folds);
		folds.sort(Comparator.comparingInt(TextRange::offset));
		indexer.occurrences.sort(Comparator.comparingInt(Occurrence::offset));
		return new FileIndex(file, stamp, indexer.occurrences, indexer.symbols, outline, folds);
	}

	private void collectNames(XtextResource resource) {
		for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject object = it.next();
			INode name = Symbols.nameNode(object);
			int symbol = name != null ? symbol(object) : -1;
			if (symbol >= 0) {
				occurrences.add(new Occurrence(name.getOffset(), name.getLength(), symbol, true));
			}
		}
		Symbols.forEachReference(resource, (node, target) -> {
			int symbol = target.eIsProxy() ? -1 : symbol(target);
			if (symbol >= 0) {
				occurrences.add(new Occurrence(node.getOffset(), node.getLength(), symbol, false));
			}
		});
	}

	private int symbol(EObject target) {
		Integer known = symbolIds.get(target);
		if (known != null) {
			return known;
		}
		Declaration declaration = Symbols.declaration(target);
		int id = declaration != null ? symbols.size() : -1;
		if (declaration != null) {
			symbols.add(declaration);
		}
		symbolIds.put(target, id);
		return id;
	}

	/** Adds the outline node of a named element, or its named descendants when it has no name itself. */
	private void addOutline(EObject object, String parentId, List<OutlineNode> into) {
		String name = Symbols.nameOf(object);
		INode nameNode = Symbols.nameNode(object);
		ICompositeNode node = NodeModelUtils.getNode(object);
		if (name == null || nameNode == null || node == null) {
			for (EObject child : object.eContents()) {
				addOutline(child, parentId, into);
			}
			return;
		}
		String kind = Symbols.kindOf(object);
		String id = parentId + "/" + kind + ":" + name;
		List<OutlineNode> children = new ArrayList<>();
		for (EObject child : object.eContents()) {
			addOutline(child, id, children);
		}
		into.add(new OutlineNode(id, object.eClass(), kind, name, nameNode.getOffset(), nameNode.getLength(),
				node.getOffset(), node.getLength(), List.copyOf(children)));
	}

	private void collectElementFolds(EObject parent, String text, List<TextRange> folds) {
		for (EObject child : parent.eContents()) {
			ICompositeNode node = NodeModelUtils.getNode(child);
			if (node != null && node.getEndLine() > node.getStartLine()) {
				folds.add(wholeLines(text, node.getOffset(), node.getEndOffset(), node.getStartLine()));
				collectElementFolds(child, text, folds);
			}
		}
	}

	/** Multi-line block comments, and runs of two or more lines that hold only a line comment. */
	private static void collectCommentFolds(ICompositeNode root, List<TextRange> folds) {
		String text = root.getText();
		int runStart = -1;
		int runEnd = -1;
		int runFirstLine = -1;
		int runLastLine = -1;
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (!leaf.isHidden()) {
				if (leaf.getLength() > 0) {
					addRun(text, runStart, runEnd, runFirstLine, runLastLine, folds);
					runStart = -1;
				}
				continue;
			}
			String rule = leaf.getGrammarElement() instanceof TerminalRule terminal ? terminal.getName() : "";
			if ("ML_COMMENT".equals(rule) && leaf.getEndLine() > leaf.getStartLine()) {
				folds.add(wholeLines(text, leaf.getOffset(), leaf.getEndOffset(), leaf.getStartLine()));
			} else if ("SL_COMMENT".equals(rule) && startsLine(text, leaf.getOffset())) {
				if (runStart >= 0 && leaf.getStartLine() == runLastLine + 1) {
					runEnd = leaf.getEndOffset();
					runLastLine = leaf.getStartLine();
				} else {
					addRun(text, runStart, runEnd, runFirstLine, runLastLine, folds);
					runStart = leaf.getOffset();
					runEnd = leaf.getEndOffset();
					runFirstLine = leaf.getStartLine();
					runLastLine = runFirstLine;
				}
			}
		}
		addRun(text, runStart, runEnd, runFirstLine, runLastLine, folds);
	}

	private static void addRun(String text, int start, int end, int firstLine, int lastLine, List<TextRange> folds) {
		if (start >= 0 && lastLine > firstLine) {
			folds.add(wholeLines(text, start, end, firstLine));
		}
	}

	private static boolean startsLine(String text, int offset) {
		for (int i = offset - 1; i >= 0; i--) {
			char c = text.charAt(i);
			if (c == '\n') {
				return true;
			}
			if (c != ' ' && c != '\t' && c != '\r') {
				return false;
			}
		}
		return true;
	}

	/** From the start of the first line to the start of the line after the last one. */
	private static TextRange wholeLines(String text, int start, int end, int line) {
		int from = start == 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
		int newline = text.indexOf('\n', Math.max(from, end - 1));
		int to = newline < 0 ? text.length() : newline + 1;
		return new TextRange(from, to - from, line);
	}
}
