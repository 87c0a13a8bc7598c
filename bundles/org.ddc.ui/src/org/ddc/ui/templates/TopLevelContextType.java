package org.ddc.ui.templates;

import org.eclipse.jface.text.templates.GlobalTemplateVariables;
import org.eclipse.jface.text.templates.TemplateContextType;

/** Where the .ddc templates apply: at the top level of a design file, where a new element may start. */
public class TopLevelContextType extends TemplateContextType {
	public static final String ID = "org.ddc.ui.templates.topLevel";

	public TopLevelContextType() {
		addResolver(new GlobalTemplateVariables.Cursor());
		addResolver(new GlobalTemplateVariables.Dollar());
		addResolver(new GlobalTemplateVariables.Date());
		addResolver(new GlobalTemplateVariables.User());
	}
}
