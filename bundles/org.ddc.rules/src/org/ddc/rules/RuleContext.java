package org.ddc.rules;

import java.util.ArrayList;
import java.util.List;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.DesignIndex;
import org.ddc.model.Design;
import org.ddc.model.PlatformVersion;
import org.ddc.rules.limits.ScaleLimits;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** What a rule sees of the design, and where it reports. */
public final class RuleContext {
	private final DesignIndex index;
	private final DesignAnalysis analysis;
	private final ScaleLimits limits;
	private final List<RuleFinding> findings = new ArrayList<>();
	private String ruleId;

	RuleContext(DesignAnalysis analysis, ScaleLimits limits) {
		this.index = analysis.index();
		this.analysis = analysis;
		this.limits = limits;
	}

	void enter(Rule rule) {
		this.ruleId = rule.id();
	}

	public DesignIndex index() {
		return index;
	}

	/** What ddc computes from the design (computed once, shared by every rule). */
	public DesignAnalysis analysis() {
		return analysis;
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

	/**
	 * Says that the rule could not check an element because an input is missing: an information finding
	 * "not checked: {@code reason}", whatever the rule's severity, so that nothing passes silently.
	 *
	 * @param reason what is missing and how to provide it, e.g. "the design has no reference-cpu: add
	 *            'reference-cpu 2 x 8 cores 2.6 GHz' to the design header"
	 */
	public void notChecked(EObject target, EStructuralFeature feature, String reason) {
		findings.add(new RuleFinding(ruleId, target, feature, -1, RuleFinding.NOT_CHECKED + reason, null, true));
	}

	List<RuleFinding> findings() {
		return findings;
	}
}
