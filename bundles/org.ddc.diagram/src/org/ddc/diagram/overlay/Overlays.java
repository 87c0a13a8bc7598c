package org.ddc.diagram.overlay;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.RackLayout;
import org.ddc.analysis.failure.Component;
import org.ddc.analysis.failure.Impact;
import org.ddc.diagram.model.Mark;
import org.ddc.diagram.model.Mark.Failure;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.Finding;
import org.ddc.model.HostDesign;
import org.ddc.rules.Severity;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * What the diagrams mark on their elements, computed once per design: the unsuppressed errors and warnings of each
 * named element (a finding belongs to the innermost named element whose text holds it), the single points of failure
 * of the failure analysis, and — for a what-if — the failed components, the hosts that stop and what that costs.
 */
public final class Overlays {

	private static final int NAMED = 3;
	private static final String FAILS = "fails (what-if)";

	private final Map<EObject, List<Finding>> findings = new IdentityHashMap<>();
	private final Map<EObject, Impact> spofs = new IdentityHashMap<>();
	private final Set<EObject> failedElements = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
	private final Set<String> failedHosts = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
	/** The device units down in the what-if, with why; empty without one. */
	private Map<RackLayout.Unit, String> unitsDown = Map.of();
	private final Impact whatIf;

	private Overlays(Impact whatIf) {
		this.whatIf = whatIf;
	}

	/**
	 * The overlays of a design.
	 *
	 * @param failed the components of the what-if, or an empty list for none
	 */
	public static Overlays of(LoadedDesign design, List<Finding> findings, DesignAnalysis analysis,
			Collection<Component> failed) {
		Impact whatIf = failed.isEmpty() ? null : analysis.failures().impact(failed);
		Overlays overlays = new Overlays(whatIf);
		overlays.attach(design, findings);
		for (Impact impact : analysis.failures().singlePointsOfFailure()) {
			for (Component component : impact.failed()) {
				if (component.element() != null) {
					overlays.spofs.putIfAbsent(component.element(), impact);
				}
			}
		}
		if (whatIf != null) {
			overlays.unitsDown = analysis.failures().unitsDown(failed);
		}
		for (Component component : failed) {
			if (component.kind() == Component.Kind.HOST) {
				overlays.failedHosts.add(component.name());
			} else if (component.element() != null) {
				overlays.failedElements.add(component.element());
			}
		}
		return overlays;
	}

	/** The mark of a model element: its findings, whether it is a single point of failure, whether it fails. */
	public Mark mark(EObject element) {
		boolean failed = failedElements.contains(element);
		return mark(element, failed ? Failure.FAILED : Failure.NONE, failed ? FAILS : null);
	}

	/**
	 * The mark of one unit of a device in a rack ({@code HD-WEB-03}, one load balancer of a pair, a switch): the
	 * device's findings and single point of failure, and this unit's part in the what-if — a host as
	 * {@link #host(String)} says, any other unit failed when it fails itself and down when its rack fails or it loses
	 * power ({@link org.ddc.analysis.failure.FailureAnalysis#unitsDown}).
	 */
	public Mark unit(RackLayout.Unit unit) {
		if (unit.device() instanceof HostDesign) {
			Mark host = host(unit.name());
			return mark(unit.device(), host.failure(), host.notes().isEmpty() ? null : host.notes().get(0));
		}
		String why = unitsDown.get(unit);
		if (why == null) {
			return mark(unit.device(), Failure.NONE, null);
		}
		return why.equals("failed") ? mark(unit.device(), Failure.FAILED, FAILS)
				: mark(unit.device(), Failure.DOWN, "stops (what-if): " + why);
	}

	private Mark mark(EObject element, Failure failure, String failureNote) {
		List<String> notes = new ArrayList<>();
		Severity severity = null;
		Set<String> rules = new TreeSet<>();
		for (Finding finding : findings.getOrDefault(element, List.of())) {
			if (severity == null || finding.severity().ordinal() < severity.ordinal()) {
				severity = finding.severity();
			}
			rules.add(finding.code());
		}
		if (!rules.isEmpty()) {
			notes.add((severity == Severity.ERROR ? "errors" : "warnings") + ": " + String.join(", ", rules));
		}
		Impact spof = spofs.get(element);
		if (spof != null) {
			notes.add("single point of failure: its failure alone takes out " + names(spof.outages()));
		}
		if (failureNote != null) {
			notes.add(failureNote);
		}
		return new Mark(severity, List.copyOf(rules), spof != null, failure, notes);
	}

	/**
	 * The mark of one physical host, by its instance name ({@code HD-WEB-03}): failed or stopped in the what-if, with
	 * why. Findings and single points of failure belong to its host design ({@link #mark(EObject)}).
	 */
	public Mark host(String instance) {
		if (failedHosts.contains(instance)) {
			return new Mark(null, List.of(), false, Failure.FAILED, List.of(FAILS));
		}
		String why = whatIf == null ? null : whatIf.hostsLost().get(instance);
		if (why != null) {
			return new Mark(null, List.of(), false, Failure.DOWN, List.of("stops (what-if): " + why));
		}
		return Mark.NONE;
	}

	/**
	 * The mark of several hosts drawn as one ({@code 12 × HD-WEB}): down when all stop in the what-if, degraded when
	 * some do.
	 */
	public Mark hosts(List<String> instances) {
		long down = instances.stream().filter(i -> host(i).failure() != Failure.NONE).count();
		if (down == 0) {
			return Mark.NONE;
		}
		Failure failure = down == instances.size() ? Failure.DOWN : Failure.DEGRADED;
		return new Mark(null, List.of(), false, failure,
				List.of(down + " of " + instances.size() + " hosts stop (what-if)"));
	}

	/** The what-if's impact, or null without one. */
	public Impact whatIf() {
		return whatIf;
	}

	/** What the what-if costs, in sentences for a diagram's notes; empty without a what-if. */
	public List<String> whatIfNotes() {
		if (whatIf == null) {
			return List.of();
		}
		List<String> notes = new ArrayList<>();
		notes.add("What if " + String.join(", ", whatIf.failed().stream().map(Component::describe).toList())
				+ " fail: " + whatIf.hostsLost().size() + " host(s) stop"
				+ (whatIf.harmless() ? "; nothing loses service or capacity." : "."));
		if (!whatIf.clustersOverwhelmed().isEmpty()) {
			notes.add("Clusters that lose more hosts than their reserve: " + String.join(", ", whatIf.clustersOverwhelmed())
					+ ".");
		}
		if (!whatIf.outages().isEmpty()) {
			notes.add("Out of service: " + names(whatIf.outages()) + ".");
		}
		if (!whatIf.degraded().isEmpty()) {
			notes.add("Degraded: " + names(whatIf.degraded()) + ".");
		}
		return notes;
	}

	private static String names(List<Impact.Loss> losses) {
		List<String> names = losses.stream().map(Impact.Loss::name).toList();
		if (names.size() <= NAMED) {
			return String.join(", ", names);
		}
		return String.join(", ", names.subList(0, NAMED)) + " and " + (names.size() - NAMED) + " more";
	}

	/** Each unsuppressed error or warning to the innermost named element whose text holds it. */
	private void attach(LoadedDesign design, List<Finding> all) {
		Map<String, XtextResource> byPath = new java.util.HashMap<>();
		for (Resource resource : design.resourceSet().getResources()) {
			if (resource instanceof XtextResource xtext && xtext.getParseResult() != null) {
				byPath.put(design.displayPath(resource), xtext);
			}
		}
		for (Finding finding : all) {
			if (finding.suppressed() || finding.offset() < 0
					|| (finding.severity() != Severity.ERROR && finding.severity() != Severity.WARNING)) {
				continue;
			}
			XtextResource resource = byPath.get(finding.file());
			if (resource == null) {
				continue;
			}
			ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(),
					finding.offset());
			EObject element = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
			while (element != null && Sources.name(element).isEmpty()) {
				element = element.eContainer();
			}
			if (element != null) {
				findings.computeIfAbsent(element, e -> new ArrayList<>()).add(finding);
			}
		}
	}
}
