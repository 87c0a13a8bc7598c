package org.ddc.rules;

import java.util.ArrayList;
import java.util.List;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.Design;
import org.ddc.model.PlatformVersion;
import org.ddc.rules.limits.ScaleLimits;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** What a rule sees of the design, and where it reports. */
public final class RuleContext {
	private final DesignIndex index;
	private final ScaleLimits limits;
	private final List<RuleFinding> findings = new ArrayList<>();
	private String ruleId;

	RuleContext(DesignIndex index, ScaleLimits limits) {
		this.index = index;
		this.limits = limits;
	}

	void enter(Rule rule) {
		this.ruleId = rule.id();
	}

	public DesignIndex index() {
		return index;
	}

	/** The design header, or null when there is none (or more than one). */
	public Design design() {
		return index.design();
	}

	/** The declared platform, or null. */
	public PlatformVersion platform() {
		return index.platform();
	}

	public ScaleLimits limits() {
		return limits;
	}

	/** Reports a finding on an attribute of an element (feature may be null for the element's name). */
	public void report(EObject target, EStructuralFeature feature, String message) {
		report(target, feature, -1, message, null);
	}

	public void report(EObject target, EStructuralFeature feature, String message, Fix fix) {
		report(target, feature, -1, message, fix);
	}

	public void report(EObject target, EStructuralFeature feature, int index, String message, Fix fix) {
		findings.add(new RuleFinding(ruleId, target, feature, index, message, fix));
	}

	List<RuleFinding> findings() {
		return findings;
	}
}
