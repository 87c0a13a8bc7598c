package org.ddc.ui.editor;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * The partitions of a .ddc document: comments and strings apart from the code, so that highlighting repairs a
 * multi-line comment as a whole and typing aids (auto-close, toggle comment) know where they are. Installed on
 * every .ddc document through the {@code documentSetup} extension.
 */
public class DdcPartitions implements IDocumentSetupParticipant {
	public static final String PARTITIONING = "org.ddc.ui.partitioning";
	public static final String COMMENT = "__ddc_comment";
	public static final String STRING = "__ddc_string";
	public static final String[] TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING };

	@Override
	public void setup(IDocument document) {
		if (document instanceof IDocumentExtension3 extension && extension.getDocumentPartitioner(PARTITIONING) == null) {
			FastPartitioner partitioner = new FastPartitioner(scanner(), new String[] { COMMENT, STRING });
			extension.setDocumentPartitioner(PARTITIONING, partitioner);
			partitioner.connect(document);
		}
	}

	static RuleBasedPartitionScanner scanner() {
		RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
		Token comment = new Token(COMMENT);
		Token string = new Token(STRING);
		scanner.setPredicateRules(new IPredicateRule[] { new EndOfLineRule("//", comment),
				new MultiLineRule("/*", "*/", comment, (char) 0, true), new MultiLineRule("\"", "\"", string, '\\', true),
				new MultiLineRule("'", "'", string, '\\', true) });
		return scanner;
	}
}
