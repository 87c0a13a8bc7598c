package org.ddc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ddc.generate.DesignText;
import org.ddc.generate.SyntheticDesignGenerator;
import org.ddc.dsl.validation.Finding;
import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.editor.LiveValidation;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Keystroke-to-annotations latency of the .ddc editor on a generated 1,000-workload design (about 24,000 lines):
 * 200 edits spread over the file (a digit changed, then changed back), each keystroke timed from the change of the
 * document to the annotations of the per-file checks on screen, and each edit to those of the whole-design pass. A watchdog measures how long the UI thread is blocked.
 * A benchmark, not a test: it runs only with {@code -Dddc.benchmark=true} (see {@code releng/editor-benchmark})
 * and prints its figures.
 */
@EnabledIfSystemProperty(named = "ddc.benchmark", matches = "true")
class EditorBenchmark {
	private static final int EDITS = Integer.getInteger("ddc.benchmark.edits", 200);
	private static final int WORKLOADS = Integer.getInteger("ddc.benchmark.workloads", 1000);
	private static final Pattern EDITABLE = Pattern.compile("\\binstances (\\d+)");

	@Test
	void keystrokeToAnnotations() throws Exception {
		String text = DesignText.of(SyntheticDesignGenerator.generate(WORKLOADS, 1));
		IProject project = Workbench.project("benchmark", Map.of("big.ddc", text));
		DdcEditor editor = Workbench.open(project.getFile("big.ddc"));
		IDocument document = editor.document();
		long lines = document.getNumberOfLines();

		List<long[]> filePass = Collections.synchronizedList(new ArrayList<>());
		List<long[]> designPass = Collections.synchronizedList(new ArrayList<>());
		LiveValidation.Listener listener = (designWide, findings, started, computeNanos) -> {
			long now = System.nanoTime();
			(designWide ? designPass : filePass).add(new long[] { started, now, computeNanos });
		};
		editor.liveValidation().addListener(listener);
		Workbench.waitUntil("the first whole-design pass", () -> !designPass.isEmpty());
		int errorsAtStart = errors(editor);

		List<Integer> offsets = new ArrayList<>();
		Matcher matcher = EDITABLE.matcher(text);
		while (matcher.find()) {
			offsets.add(matcher.start(1));
		}
		Watchdog watchdog = new Watchdog(Display.getCurrent());
		watchdog.start();
		List<Long> fileLatency = new ArrayList<>();
		List<Long> designLatency = new ArrayList<>();
		List<Long> fileCompute = new ArrayList<>();
		List<Long> designCompute = new ArrayList<>();
		for (int i = 0; i < EDITS; i++) {
			int offset = offsets.get((int) ((long) i * offsets.size() / EDITS));
			char digit = document.getChar(offset);
			filePass.clear();
			designPass.clear();
			long before = System.nanoTime();
			// a keystroke: the digit becomes another digit (the design stays valid)
			document.replace(offset, 1, String.valueOf(digit == '9' ? '8' : (char) (digit + 1)));
			Workbench.waitUntil("the per-file annotations after edit " + i,
					() -> filePass.stream().anyMatch(p -> p[0] >= before));
			long[] file = filePass.stream().filter(p -> p[0] >= before).findFirst().get();
			fileLatency.add(file[1] - before);
			fileCompute.add(file[2]);
			Workbench.waitUntil("the whole-design annotations after edit " + i,
					() -> designPass.stream().anyMatch(p -> p[0] >= before));
			long[] design = designPass.stream().filter(p -> p[0] >= before).findFirst().get();
			designLatency.add(design[1] - before);
			designCompute.add(design[2]);
			// the digit back, as a keystroke of its own: its per-file pass is measured too (without waiting, the two
			// edits would be applied in one pass and the next edit's latency would include the previous revert)
			filePass.clear();
			long beforeRevert = System.nanoTime();
			document.replace(offset, 1, String.valueOf(digit));
			Workbench.waitUntil("the per-file annotations after the revert of edit " + i,
					() -> filePass.stream().anyMatch(p -> p[0] >= beforeRevert));
			long[] revert = filePass.stream().filter(p -> p[0] >= beforeRevert).findFirst().get();
			fileLatency.add(revert[1] - beforeRevert);
			fileCompute.add(revert[2]);
		}
		watchdog.stop();
		editor.liveValidation().removeListener(listener);
		System.out.printf("%n== editor latency: %,d lines, %d keystrokes: %d edits and their reverts (reconciler delay %d ms,"
				+ " design-pass pause %d ms)%n", lines, 2 * EDITS, EDITS, org.ddc.ui.editor.DdcSourceViewerConfiguration.RECONCILE_DELAY_MS,
				LiveValidation.DESIGN_PASS_DELAY_MS);
		System.out.println("  per-file checks, keystroke to annotations: " + percentiles(fileLatency));
		System.out.println("  per-file checks, computing (off the UI):   " + percentiles(fileCompute));
		System.out.println("  whole design, keystroke to annotations:    " + percentiles(designLatency));
		List<Long> afterPause = designLatency.stream().map(n -> n - LiveValidation.DESIGN_PASS_DELAY_MS * 1_000_000)
				.toList();
		System.out.println("  whole design, after the pause:              " + percentiles(afterPause));
		System.out.println("  whole design, computing (off the UI):      " + percentiles(designCompute));
		System.out.printf("  UI thread: longest block %d ms, blocks over 50 ms: %d (watchdog every %d ms)%n%n",
				watchdog.longestMs(), watchdog.over50(), Watchdog.PERIOD_MS);
		if (watchdog.over50() > 0) {
			System.out.println("  where the UI thread was during blocks over 50 ms (top samples):\n" + watchdog.topSamples());
		}
		assertTrue(errors(editor) <= errorsAtStart, "the edits kept the design valid");
		Workbench.closeEditors();
	}

	private static int errors(DdcEditor editor) {
		return (int) Workbench.annotations(editor).stream()
				.filter(a -> a.finding().severity() == org.ddc.rules.Severity.ERROR).count();
	}

	private static String percentiles(List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return String.format("p50 %d ms, p95 %d ms, max %d ms", sorted.get(sorted.size() / 2) / 1_000_000,
				sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1_000_000, sorted.get(sorted.size() - 1) / 1_000_000);
	}

	/** Posts a probe to the UI thread every few milliseconds and records how late it runs. */
	private static final class Watchdog {
		static final int PERIOD_MS = 5;
		private final Display display;
		private final AtomicLong longest = new AtomicLong();
		private final AtomicLong over50 = new AtomicLong();
		private volatile boolean running = true;
		private Thread thread;

		Watchdog(Display display) {
			this.display = display;
		}

		void start() {
			thread = new Thread(() -> {
				while (running) {
					long posted = System.nanoTime();
					AtomicLong ran = new AtomicLong();
					display.asyncExec(() -> ran.set(System.nanoTime()));
					boolean sampled = false;
					while (running && ran.get() == 0) {
						sleep(1);
						if (!sampled && System.nanoTime() - posted > 50_000_000) {
							sampled = true;
							sample(display.getThread().getStackTrace());
						}
					}
					long late = (ran.get() - posted) / 1_000_000;
					if (ran.get() != 0) {
						longest.accumulateAndGet(late, Math::max);
						if (late > 50) {
							over50.incrementAndGet();
						}
					}
					sleep(PERIOD_MS);
				}
			}, "ddc UI watchdog");
			thread.setDaemon(true);
			thread.start();
		}

		void stop() throws InterruptedException {
			running = false;
			thread.join();
		}

		/** Where the UI thread was when a probe waited over 50 ms: the top frames of ddc or the platform. */
		private final java.util.Map<String, Integer> samples = new java.util.concurrent.ConcurrentHashMap<>();

		private void sample(StackTraceElement[] stack) {
			StringBuilder where = new StringBuilder();
			int shown = 0;
			for (StackTraceElement frame : stack) {
				if (shown == 6) {
					break;
				}
				if (!frame.getClassName().startsWith("java.") && !frame.getClassName().startsWith("jdk.")) {
					where.append("\n      ").append(frame.getClassName()).append('.').append(frame.getMethodName());
					shown++;
				}
			}
			samples.merge(where.toString(), 1, Integer::sum);
		}

		String topSamples() {
			StringBuilder out = new StringBuilder();
			samples.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(4)
					.forEach(e -> out.append("    ").append(e.getValue()).append(" x").append(e.getKey()).append('\n'));
			return out.toString();
		}

		long longestMs() {
			return longest.get();
		}

		long over50() {
			return over50.get();
		}

		private static void sleep(long ms) {
			try {
				Thread.sleep(ms);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
