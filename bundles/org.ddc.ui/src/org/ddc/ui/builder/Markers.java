package org.ddc.ui.builder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ddc.dsl.validation.Finding;
import org.ddc.rules.Fix;
import org.ddc.rules.Severity;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

/** ddc's Problems-view markers: one per finding, with the rule ID and fix data as attributes. */
public final class Markers {
	/** The marker type (a problem marker and a text marker). */
	public static final String TYPE = "org.ddc.ui.problem";
	/** The rule or check ID, e.g. IPD-5-14 or DDC-UNIT. */
	public static final String RULE_ID = "ruleId";
	public static final String FIX_KIND = "fixKind";
	public static final String FIX_ATTRIBUTE = "fixAttribute";
	public static final String FIX_VALUE = "fixValue";
	public static final String FIX_LABEL = "fixLabel";

	private Markers() {
	}

	/** Replaces ddc's markers on a resource by markers for the findings (suppressed findings get none). */
	public static void replace(IResource resource, List<Finding> findings) throws CoreException {
		resource.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		for (Finding finding : findings) {
			if (!finding.suppressed()) {
				resource.createMarker(TYPE, attributes(finding));
			}
		}
	}

	static Map<String, Object> attributes(Finding finding) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, "[" + finding.code() + "] " + finding.message());
		attributes.put(IMarker.SEVERITY, severity(finding.severity()));
		attributes.put(IMarker.LINE_NUMBER, finding.line());
		attributes.put(IMarker.LOCATION, "line " + finding.line());
		attributes.put(IMarker.SOURCE_ID, "ddc");
		attributes.put(RULE_ID, finding.code());
		if (finding.offset() >= 0) {
			attributes.put(IMarker.CHAR_START, finding.offset());
			attributes.put(IMarker.CHAR_END, finding.offset() + Math.max(finding.length(), 0));
		}
		Fix fix = finding.fix();
		if (fix != null) {
			attributes.put(FIX_KIND, fix.kind());
			attributes.put(FIX_ATTRIBUTE, fix.attribute());
			attributes.put(FIX_VALUE, fix.value());
			attributes.put(FIX_LABEL, fix.label());
		}
		return attributes;
	}

	/** The fix data a marker carries, or null. */
	public static Fix fix(IMarker marker) {
		String kind = marker.getAttribute(FIX_KIND, null);
		return kind == null ? null
				: new Fix(kind, marker.getAttribute(FIX_ATTRIBUTE, ""), marker.getAttribute(FIX_VALUE, ""),
						marker.getAttribute(FIX_LABEL, ""));
	}

	public static int severity(Severity severity) {
		return switch (severity) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			case INFO -> IMarker.SEVERITY_INFO;
		};
	}
}
