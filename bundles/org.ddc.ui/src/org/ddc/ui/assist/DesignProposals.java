package org.ddc.ui.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;

import org.ddc.model.labels.ElementKinds;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.contentassist.antlr.PartialContentAssistContextFactory;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * Content assist on a parsed .ddc file: Xtext's IDE content assist (the content-assist parser computes what may
 * follow the caret, {@link DdcProposalProvider} turns it into proposals). Cross references come from the
 * resource's scope, which in a live design spans every file of the design.
 */
@com.google.inject.Singleton
public class DesignProposals {
	/** Proposals are capped (Xtext's default is 100, too few for a reference list of a large design). */
	static final int LIMIT = 500;

	/** What the caret can take. */
	public record Result(List<ContentAssistEntry> entries, boolean topLevel) {
	}

	@Inject
	private Provider<PartialContentAssistContextFactory> contextFactories;
	@Inject
	private Provider<PartialDesignParser> parsers;
	@Inject
	private ExecutorService pool;
	@Inject
	private DdcProposalProvider proposalProvider;
	@Inject
	private Provider<Acceptor> acceptors;
	private Set<Keyword> elementKeywords;

	@Inject
	void collectElementKeywords(IGrammarAccess grammar) {
		elementKeywords = new java.util.HashSet<>();
		AbstractRule element = GrammarUtil.findRuleForName(grammar.getGrammar(), "Element");
		for (AbstractElement alternative : ((org.eclipse.xtext.Alternatives) element.getAlternatives())
				.getElements()) {
			ParserRule rule = (ParserRule) ((RuleCall) alternative).getRule();
			elementKeywords.add((Keyword) ((org.eclipse.xtext.Group) rule.getAlternatives()).getElements().get(0));
		}
	}

	/** The service of the language's injector. */
	public static DesignProposals of(Injector injector) {
		return injector.getInstance(DesignProposals.class);
	}

	/** The proposals at an offset of a resource that is up to date with its text. */
	public Result at(XtextResource resource, int offset, CancelIndicator cancel) {
		if (resource.getParseResult() == null) {
			return new Result(List.of(), false);
		}
		String text = resource.getParseResult().getRootNode().getText();
		if (offset < 0 || offset > text.length()) {
			return new Result(List.of(), false);
		}
		ContentAssistContextFactory factory = contextFactories.get();
		factory.setParser(parsers.get());
		factory.setPool(pool);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		Acceptor acceptor = acceptors.get();
		acceptor.setCancelIndicator(cancel);
		proposalProvider.createProposals(List.of(contexts), acceptor);
		List<ContentAssistEntry> entries = new ArrayList<>();
		acceptor.getEntries().forEach(entries::add);
		return new Result(entries, isTopLevel(contexts));
	}

	/** Whether a new top-level element may start at the caret (templates are offered there). */
	private boolean isTopLevel(ContentAssistContext[] contexts) {
		for (ContentAssistContext context : contexts) {
			for (AbstractElement element : context.getFirstSetGrammarElements()) {
				if (elementKeywords.contains(element)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Describes cross references by the kind and file of the element they name. */
	static final class Acceptor extends IdeContentProposalAcceptor {
		@Inject
		Acceptor() {
		}

		@Override
		public void accept(ContentAssistEntry entry, int priority) {
			if (entry != null && entry.getSource() instanceof IEObjectDescription target) {
				String file = target.getEObjectURI().lastSegment();
				entry.setDescription(ElementKinds.label(target.getEClass()) + (file != null ? " in " + file : ""));
			}
			super.accept(entry, priority);
		}

		@Override
		public boolean canAcceptMoreProposals() {
			return entries.size() < LIMIT;
		}
	}
}
