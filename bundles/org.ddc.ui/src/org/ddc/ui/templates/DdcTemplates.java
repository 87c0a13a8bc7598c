package org.ddc.ui.templates;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.ddc.ui.DdcUiPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.templates.DocumentTemplateContext;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.jface.text.templates.TemplateProposal;
import org.eclipse.jface.text.templates.persistence.TemplateStore;
import org.eclipse.ui.editors.text.templates.ContributionContextTypeRegistry;
import org.eclipse.ui.editors.text.templates.ContributionTemplateStore;

/**
 * The .ddc templates (extension point {@code org.eclipse.ui.editors.templates}, registry {@value #REGISTRY}): one
 * per top-level element, proposed by content assist where an element may start.
 */
public final class DdcTemplates {
	/** The registry ID of the context types, and the key of user-edited templates in the preference store. */
	public static final String REGISTRY = "org.ddc.ui.templates.registry";
	private static final String STORE_KEY = "org.ddc.ui.templates";
	private static DdcTemplates instance;

	private final ContributionContextTypeRegistry registry;
	private final TemplateStore store;

	private DdcTemplates() {
		registry = new ContributionContextTypeRegistry(REGISTRY);
		store = new ContributionTemplateStore(registry, DdcUiPlugin.getDefault().getPreferenceStore(), STORE_KEY);
		try {
			store.load();
		} catch (IOException e) {
			DdcUiPlugin.log("could not load the ddc templates", e);
		}
	}

	public static synchronized DdcTemplates get() {
		if (instance == null) {
			instance = new DdcTemplates();
		}
		return instance;
	}

	/** The enabled templates of the top-level context. */
	public List<Template> topLevel() {
		return List.of(store.getTemplates(TopLevelContextType.ID));
	}

	public TemplateContextType contextType() {
		return registry.getContextType(TopLevelContextType.ID);
	}

	/** Template proposals replacing {@code prefix} before {@code offset}, those whose name starts with it. */
	public List<TemplateProposal> proposals(IDocument document, int offset, String prefix) {
		TemplateContextType type = contextType();
		List<TemplateProposal> proposals = new ArrayList<>();
		if (type == null) {
			return proposals;
		}
		int start = offset - prefix.length();
		for (Template template : topLevel()) {
			if (template.getName().startsWith(prefix)) {
				DocumentTemplateContext context = new DocumentTemplateContext(type, document, start, prefix.length());
				proposals.add(new TemplateProposal(template, context, new Region(start, prefix.length()), null, 50));
			}
		}
		return proposals;
	}
}
