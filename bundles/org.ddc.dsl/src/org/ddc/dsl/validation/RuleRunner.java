package org.ddc.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.DesignIndex;
import org.ddc.model.DdcModel;
import org.ddc.model.Design;
import org.ddc.model.RuleLevel;
import org.ddc.model.RuleSetting;
import org.ddc.rules.Catalog;
import org.ddc.rules.RuleEngine;
import org.ddc.rules.RuleFinding;
import org.ddc.rules.RuleInfo;
import org.ddc.rules.Severity;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Runs the rule catalog once per design (all files of a resource set) and keeps the result until one of the files
 * changes. The Xtext validator reports the part of the result that belongs to the file it validates.
 */
@Singleton
public class RuleRunner {
	private static final String TOKEN = "org.ddc.dsl.validation.RuleRunner.token";

	private final RuleEngine engine = RuleEngine.standard();
	private final Catalog catalog = Catalog.load();

	@Inject
	private IResourceScopeCache resourceCache;

	/**
	 * The last result, kept on the resource set itself so that it lives exactly as long as the design (a map keyed
	 * by resource set would keep every design alive: the findings point back into it).
	 */
	private static final class Cached extends AdapterImpl {
		final List<Object> key;
		final List<RuleIssue> issues;
		final DesignAnalysis analysis;

		Cached(List<Object> key, List<RuleIssue> issues, DesignAnalysis analysis) {
			this.key = key;
			this.issues = issues;
			this.analysis = analysis;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Cached.class;
		}
	}

	/** The rule issues of the design in a resource set, off rules left out. */
	public List<RuleIssue> run(ResourceSet resourceSet) {
		return cached(resourceSet).issues;
	}

	/**
	 * What the design in a resource set computes to — the same analysis the rules read, computed with them and kept
	 * until one of the files changes (hovers, views and reports read it without computing it again).
	 */
	public DesignAnalysis analysis(ResourceSet resourceSet) {
		return cached(resourceSet).analysis;
	}

	private Cached cached(ResourceSet resourceSet) {
		List<DdcModel> models = new ArrayList<>();
		List<Object> key = new ArrayList<>();
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof DdcModel model) {
				models.add(model);
				key.add(resourceCache.get(TOKEN, resource, Object::new));
			}
		}
		key.add(RuleSettings.of(resourceSet));
		synchronized (resourceSet) {
			Cached cached = (Cached) EcoreUtil.getAdapter(resourceSet.eAdapters(), Cached.class);
			if (cached != null && cached.key.equals(key)) {
				return cached;
			}
			DesignAnalysis analysis = engine.analysis(DesignIndex.of(models));
			Cached computed = new Cached(key, compute(resourceSet, analysis), analysis);
			resourceSet.eAdapters().remove(cached);
			resourceSet.eAdapters().add(computed);
			return computed;
		}
	}

	private List<RuleIssue> compute(ResourceSet resourceSet, DesignAnalysis analysis) {
		DesignIndex index = analysis.index();
		Map<String, RuleLevel> levels = new HashMap<>(RuleSettings.of(resourceSet));
		Design design = index.design();
		if (design != null) {
			for (RuleSetting setting : design.getRuleSettings()) {
				levels.put(setting.getRule(), setting.getLevel());
			}
		}
		Map<Resource, Suppressions> suppressions = new IdentityHashMap<>();
		List<RuleIssue> issues = new ArrayList<>();
		for (RuleFinding finding : engine.run(analysis)) {
			Severity severity = severity(finding.ruleId(), levels);
			if (severity != null && finding.notChecked()) {
				severity = Severity.INFO;
			}
			if (severity == null || finding.target() == null || finding.target().eResource() == null) {
				continue;
			}
			Resource resource = finding.target().eResource();
			Suppressions.Suppression suppression = null;
			if (resource instanceof XtextResource xtext) {
				Suppressions inResource = suppressions.computeIfAbsent(resource, r -> Suppressions.of(xtext));
				suppression = inResource.find(finding.ruleId(), node(finding), declaration(finding.target()));
			}
			issues.add(new RuleIssue(finding, severity, suppression));
		}
		return List.copyOf(issues);
	}

	/** The configured severity, the catalog default, or null when the rule is off. */
	private Severity severity(String ruleId, Map<String, RuleLevel> levels) {
		RuleLevel level = levels.get(ruleId);
		if (level == RuleLevel.OFF) {
			return null;
		}
		if (level != null) {
			return Severity.parse(level.getLiteral());
		}
		RuleInfo info = catalog.get(ruleId);
		return info != null ? info.severity() : Severity.ERROR;
	}

	/** The node of the finding's attribute, or of its element. */
	public static INode node(RuleFinding finding) {
		EObject target = finding.target();
		if (finding.feature() != null) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(target, finding.feature());
			if (!nodes.isEmpty()) {
				return nodes.get(Math.max(0, Math.min(finding.index(), nodes.size() - 1)));
			}
		}
		return NodeModelUtils.findActualNodeFor(target);
	}

	/** The node of the closest enclosing top-level element or named block. */
	private static ICompositeNode declaration(EObject target) {
		EObject element = target;
		while (element.eContainer() != null && !(element.eContainer() instanceof DdcModel)) {
			element = element.eContainer();
		}
		return NodeModelUtils.findActualNodeFor(element);
	}
}
