package org.ddc.ui.hover;

import java.util.List;

import org.ddc.dsl.validation.Finding;
import org.ddc.rules.Catalog;
import org.ddc.rules.RuleInfo;
import org.ddc.ui.navigation.Declaration;

/**
 * The text of ddc hovers, in the simple HTML the platform's default information control renders: a finding with
 * what the rule catalog says about its rule, and a declaration with its place and source.
 */
public final class HoverHtml {
	private HoverHtml() {
	}

	/** Findings one after another, each with message, rule, severity, citation and quote. */
	public static String findings(List<Finding> findings) {
		StringBuilder html = new StringBuilder();
		for (Finding finding : findings) {
			if (!html.isEmpty()) {
				html.append("<hr/>");
			}
			appendFinding(html, finding);
		}
		return html.toString();
	}

	private static void appendFinding(StringBuilder html, Finding finding) {
		html.append("<b>").append(escape(finding.severity().label())).append(" [").append(escape(finding.code()))
				.append("]</b> ").append(escape(finding.message()));
		RuleInfo rule = Catalog.load().get(finding.code());
		if (rule == null) {
			return;
		}
		html.append("<p><b>Rule ").append(escape(rule.id())).append(":</b> ").append(escape(rule.title()))
				.append("<br/>Default severity: ").append(escape(rule.severity().label()));
		if (rule.citation() != null && rule.citation().line() > 0) {
			html.append("<br/>Guide: ").append(escape(rule.citation().reference()));
			if (rule.citation().quote() != null && !rule.citation().quote().isBlank()) {
				html.append("<br/><i>“").append(escape(rule.citation().quote())).append("”</i>");
			}
		}
		html.append("</p>");
	}

	/** Kind and name, file and line, and the first lines of the declaration's source. */
	public static String declaration(Declaration declaration, String source) {
		return "<b>" + escape(declaration.title()) + "</b><br/>declared at " + escape(declaration.location())
				+ "<pre>" + escape(source) + "</pre>";
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
