package org.ddc.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.load.ProjectSettings;
import org.ddc.rules.Catalog;
import org.ddc.rules.Fix;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;
import org.ddc.model.DdcModel;
import org.ddc.model.Design;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * Validates a design and returns the findings in print order: the one path by which the command line, the Eclipse
 * builder and the editor turn a design into findings.
 */
public class DesignValidator {
	/** The codes of ddc's own checks and rules; anything else is Xtext's (a syntax error). */
	private static final Pattern DDC_CODE = Pattern.compile("[A-Z]+-[A-Z0-9-]+");
	private static final Pattern LINE_BREAK = Pattern.compile("\\s*[\\r\\n]+\\s*");

	@Inject
	private IResourceValidator resourceValidator;

	@Inject
	private RuleRunner ruleRunner;

	/** Every finding of every file of the design, and of its settings file. */
	public List<Finding> validate(LoadedDesign design) {
		return validate(design, null, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	/**
	 * The findings of one file of the design (of every file and the settings file when {@code only} is null).
	 * {@link CheckMode#FAST_ONLY} gives the per-file checks (syntax, units, names, integrity); the planning-guide
	 * rules run over the whole design in the modes with normal checks.
	 */
	public List<Finding> validate(LoadedDesign design, Resource only, CheckMode mode, CancelIndicator cancel) {
		List<Finding> findings = new ArrayList<>();
		for (Resource resource : List.copyOf(design.resourceSet().getResources())) {
			if (!design.displayPaths().containsKey(resource) || only != null && resource != only) {
				continue;
			}
			String path = design.displayPath(resource);
			for (Issue issue : resourceValidator.validate(resource, mode, cancel)) {
				findings.add(toFinding(path, issue));
			}
		}
		checkDesignHeaderPresent(design, only, findings);
		if (mode.shouldCheck(CheckType.NORMAL)) {
			addSuppressed(design, only, findings);
		}
		if (only == null) {
			checkSettings(design, findings);
		}
		findings.sort(Finding.ORDER);
		return findings;
	}

	private static void checkDesignHeaderPresent(LoadedDesign design, Resource only, List<Finding> findings) {
		List<DdcModel> models = design.models();
		boolean hasHeader = models.stream().anyMatch(m -> m.getElements().stream().anyMatch(Design.class::isInstance));
		if (!hasHeader && !models.isEmpty() && (only == null || only == models.get(0).eResource())) {
			String first = design.displayPath(models.get(0).eResource());
			findings.add(new Finding(first, 1, 1, Severity.WARNING, IssueCodes.DESIGN_HEADER,
					"no 'design' header in this design: add 'design <name> { platform hyperv-2012-r2 … }' so that "
							+ "platform limits and the sizing policy are known", null, null, 0, 0));
		}
	}

	/** Suppressed rule findings are not reported as problems but still counted and listed as suppressed. */
	private void addSuppressed(LoadedDesign design, Resource only, List<Finding> findings) {
		for (RuleIssue issue : ruleRunner.run(design.resourceSet())) {
			Resource resource = issue.finding().target().eResource();
			if (issue.suppression() == null || !design.displayPaths().containsKey(resource)
					|| only != null && resource != only) {
				continue;
			}
			INode node = RuleRunner.node(issue.finding());
			LineAndColumn position = node != null ? NodeModelUtils.getLineAndColumn(node, node.getOffset()) : null;
			findings.add(new Finding(design.displayPath(resource),
					position != null ? position.getLine() : 1, position != null ? position.getColumn() : 1,
					issue.severity(), issue.finding().ruleId(), issue.finding().message(), issue.finding().fix(),
					issue.suppression().reason(), node != null ? node.getOffset() : -1,
					node != null ? node.getLength() : -1));
		}
	}

	private static void checkSettings(LoadedDesign design, List<Finding> findings) {
		ProjectSettings settings = design.settings();
		if (settings == null || settings.file() == null) {
			return;
		}
		String path = settings.file().toString();
		settings.problems().forEach((line, problem) -> findings
				.add(new Finding(path, line, 1, Severity.ERROR, IssueCodes.UNKNOWN_RULE, problem)));
		for (String id : settings.ruleIds()) {
			if (!Catalog.load().contains(id)) {
				findings.add(new Finding(path, 1, 1, Severity.ERROR, IssueCodes.UNKNOWN_RULE,
						"unknown rule '" + id + "': use an ID listed by 'ddc rules'"));
			}
		}
	}

	private static Finding toFinding(String path, Issue issue) {
		Severity severity = switch (issue.getSeverity()) {
			case ERROR -> Severity.ERROR;
			case WARNING -> Severity.WARNING;
			default -> Severity.INFO;
		};
		String code = issue.getCode() != null && DDC_CODE.matcher(issue.getCode()).matches() ? issue.getCode()
				: IssueCodes.SYNTAX;
		int line = issue.getLineNumber() != null ? issue.getLineNumber() : 1;
		int column = issue.getColumn() != null && issue.getColumn() > 0 ? issue.getColumn() : 1;
		Fix fix = Fix.fromData(issue.getData());
		int offset = issue.getOffset() != null ? issue.getOffset() : -1;
		int length = issue.getLength() != null ? issue.getLength() : -1;
		return new Finding(path, line, column, severity, code, oneLine(issue.getMessage()), fix, null, offset, length);
	}

	private static String oneLine(String message) {
		return message == null ? "" : MessageLists.message(LINE_BREAK.matcher(message).replaceAll(" ").trim());
	}
}
