package org.ddc.analysis.tests;

import java.util.Map;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.DesignIndex;
import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.model.Element;

/** A small design written inline in a test, parsed and analysed (without platform limits). */
final class InlineDesign {
	final DesignAnalysis analysis;

	private InlineDesign(DesignAnalysis analysis) {
		this.analysis = analysis;
	}

	static InlineDesign of(String text) {
		DesignLoader loader = DdcStandaloneSetup.injector().getInstance(DesignLoader.class);
		return new InlineDesign(DesignAnalysis.of(DesignIndex.of(loader.loadText(Map.of("design.ddc", text)).models())));
	}

	DesignIndex index() {
		return analysis.index();
	}

	/** The element of the type with the name; fails when there is none. */
	<T extends Element> T element(Class<T> type, String name) {
		return index().all(type).stream().filter(e -> name.equals(e.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
	}
}
