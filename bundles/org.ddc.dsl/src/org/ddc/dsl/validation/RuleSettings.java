package org.ddc.dsl.validation;

import java.util.HashMap;
import java.util.Map;

import org.ddc.model.RuleLevel;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Project-wide rule levels (from {@code ddc.properties}) attached to the resource set of a design. A design's own
 * {@code rules { … }} block overrides them.
 */
public final class RuleSettings extends AdapterImpl {
	private final Map<String, RuleLevel> levels;

	public RuleSettings(Map<String, RuleLevel> levels) {
		this.levels = Map.copyOf(levels);
	}

	public Map<String, RuleLevel> levels() {
		return levels;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == RuleSettings.class;
	}

	/** The settings attached to a resource set, or none. */
	public static Map<String, RuleLevel> of(ResourceSet resourceSet) {
		if (resourceSet == null) {
			return Map.of();
		}
		for (Object adapter : resourceSet.eAdapters()) {
			if (adapter instanceof RuleSettings settings) {
				return settings.levels;
			}
		}
		return Map.of();
	}

	/** Replaces the settings of a resource set. */
	public static void attach(ResourceSet resourceSet, Map<String, RuleLevel> levels) {
		resourceSet.eAdapters().removeIf(RuleSettings.class::isInstance);
		resourceSet.eAdapters().add(new RuleSettings(new HashMap<>(levels)));
	}
}
