package org.ddc.report.model;

import java.util.List;

/**
 * Horizontal bars read at a glance: each bar is made of segments (demand, then the N+k reserve, …) drawn against a
 * capacity mark. Writers without graphics (CSV, XLSX) leave charts out; the same figures are always in a table too.
 *
 * @param title the chart's heading
 * @param unit  the unit every value is in ("GB", "%", "VMs")
 * @param bars  the bars, top to bottom
 */
public record BarChart(String title, String unit, List<Bar> bars) implements Block {
	public BarChart {
		bars = List.copyOf(bars);
	}

	/**
	 * @param label    what the bar measures ("CL-WEB-1 memory")
	 * @param segments the stacked parts, from the left
	 * @param capacity what is available (a mark across the bar); NaN when there is none
	 * @param text     the figures as a reader should see them next to the bar ("212 of 256 GB, 83 %")
	 * @param over     true when the segments exceed the capacity (drawn as a problem)
	 */
	public record Bar(String label, List<Segment> segments, double capacity, String text, boolean over) {
		public Bar {
			segments = List.copyOf(segments);
		}

		/** The sum of the segments. */
		public double total() {
			return segments.stream().mapToDouble(Segment::value).sum();
		}
	}

	/**
	 * @param name  what the part is, for the legend ("demand", "peak buffer and growth", "N+k reserve")
	 * @param value its size in the chart's unit
	 */
	public record Segment(String name, double value) {
	}
}
