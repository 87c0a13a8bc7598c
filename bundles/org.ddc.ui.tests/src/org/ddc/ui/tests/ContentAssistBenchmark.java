package org.ddc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ddc.generate.DesignText;
import org.ddc.generate.SyntheticDesignGenerator;
import org.ddc.ui.assist.DdcContentAssistProcessor;
import org.ddc.ui.editor.DdcEditor;
import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Content-assist latency on a generated 1,000-workload design (about 24,000 lines): Ctrl+Space after attribute
 * keywords spread over the file (enum values, units after a number, cross references, keywords), each timed as the
 * editor's processor computes it (live design lock, model sync, Xtext content assist). A benchmark, not a test: it
 * runs only with {@code -Dddc.benchmark=true} ({@code -Dtest=ContentAssistBenchmark}) and prints its figures.
 */
@EnabledIfSystemProperty(named = "ddc.benchmark", matches = "true")
class ContentAssistBenchmark {
	private static final int REQUESTS = Integer.getInteger("ddc.benchmark.requests", 400);
	private static final Pattern CARETS = Pattern.compile("\\n\\t(?:group|subnets|memory \\d+|kind|tier|host-design|switch) ");

	@Test
	void ctrlSpaceLatency() throws Exception {
		String text = DesignText.of(SyntheticDesignGenerator.generate(1000, 1));
		IProject project = Workbench.project("assist-benchmark", Map.of("big.ddc", text));
		DdcEditor editor = Workbench.open(project.getFile("big.ddc"));
		Workbench.settle();
		List<Integer> offsets = new ArrayList<>();
		Matcher matcher = CARETS.matcher(text);
		while (matcher.find()) {
			offsets.add(matcher.end());
		}
		DdcContentAssistProcessor processor = new DdcContentAssistProcessor(editor);
		Random random = new Random(1);
		for (int i = 0; i < 50; i++) { // warm-up
			processor.proposals(offsets.get(random.nextInt(offsets.size())), false);
		}
		List<Long> millis = new ArrayList<>();
		int empty = 0;
		for (int i = 0; i < REQUESTS; i++) {
			int offset = offsets.get(random.nextInt(offsets.size()));
			long start = System.nanoTime();
			int count = processor.proposals(offset, false).size();
			millis.add((System.nanoTime() - start) / 1_000);
			empty += count == 0 ? 1 : 0;
		}
		Collections.sort(millis);
		System.out.printf("== content assist latency: %d lines, %d requests at %d caret positions%n",
				editor.document().getNumberOfLines(), REQUESTS, offsets.size());
		System.out.printf("p50 %.1f ms, p95 %.1f ms, max %.1f ms; %d requests without proposals%n",
				millis.get(millis.size() / 2) / 1000.0, millis.get(millis.size() * 95 / 100) / 1000.0,
				millis.get(millis.size() - 1) / 1000.0, empty);
		assertFalse(millis.isEmpty());
	}
}
