package org.ddc.report.write;

/**
 * The report page's style sheet: on screen a readable page with wide tables scrolling sideways (the row labels stay
 * in view); on paper A4 landscape, every section and every further table on a new page, table headers repeated on
 * each page, rows not split, colours kept. Class names are the model's terms: row kinds ({@code guide},
 * {@code derived}, {@code total}, {@code detail}), {@code empty} cells, chart segments {@code s0…s5}.
 */
final class HtmlStyle {
	/** Colours of the chart segments, in the order the segment names first appear in a chart. */
	static final int SEGMENT_COLOURS = 6;

	static final String CSS = """
			:root { color-scheme: light; }
			body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
			  color: #1d2330; background: #fff; margin: 0 auto; max-width: 1280px; padding: 24px 32px 48px; }
			h1 { font-size: 26px; margin: 0 0 6px; }
			h2 { font-size: 20px; margin: 40px 0 12px; padding-bottom: 4px; border-bottom: 2px solid #d7dce5; }
			header .meta { color: #5b6474; margin: 2px 0; }
			nav.toc { background: #f5f7fa; border: 1px solid #e1e5ec; border-radius: 6px; padding: 10px 20px 12px;
			  margin: 20px 0; }
			nav.toc h2 { font-size: 15px; margin: 4px 0 6px; border: 0; padding: 0; }
			nav.toc ol { margin: 0; padding-left: 22px; columns: 2 320px; }
			nav.toc li { margin: 2px 0; break-inside: avoid; }
			nav.toc ol ol { columns: auto; }
			a { color: #1f5fad; }
			h3 { font-size: 15px; margin: 18px 0 6px; }
			.repeat { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
			  white-space: nowrap; }
			.block { margin: 14px 0 22px; }
			.scroll { overflow-x: auto; }
			p.para { max-width: 900px; white-space: pre-line; }
			table.data { border-collapse: collapse; font-variant-numeric: tabular-nums; }
			table.data caption { text-align: left; font-weight: 600; font-size: 15px; padding: 4px 0 8px; }
			table.data th, table.data td { border: 1px solid #d7dce5; padding: 4px 9px; vertical-align: top;
			  unicode-bidi: isolate; white-space: pre-line; }
			table.data thead th { background: #e9edf3; text-align: left; font-weight: 600; }
			table.data tbody th { text-align: left; font-weight: 500; background: #f7f8fb; position: sticky; left: 0;
			  min-width: 12em; max-width: 28em; }
			table.data td { min-width: 8em; }
			table.data td.items { min-width: 16em; }
			table.data td.num { text-align: right; white-space: nowrap; min-width: 0; }
			table.print-part { display: none; }
			table.data td.empty { color: #9aa3b2; text-align: center; }
			tr.total th, tr.total td { font-weight: 700; border-top: 2px solid #7d8696; background: #f1f3f7; }
			tr.detail th { padding-left: 28px; font-weight: 400; color: #4a5262; }
			tr.detail td { color: #4a5262; }
			tr.derived th { font-style: italic; }
			.mark { font: 600 10px/1 system-ui, sans-serif; font-style: normal; color: #6b5300; background: #fff1b8;
			  border-radius: 3px; padding: 1px 4px; margin-left: 6px; vertical-align: 1px; }
			.source { color: #5b6474; font-size: 12px; margin: 6px 0 2px; }
			ul.notes { font-size: 12px; color: #3d4554; margin: 4px 0 0; padding-left: 18px; }
			ul.notes li { margin: 1px 0; }
			figure.chart { margin: 14px 0 24px; }
			figure.chart figcaption { font-weight: 600; font-size: 15px; margin-bottom: 6px; }
			figure.figure { margin: 14px 0 24px; overflow-x: auto; }
			figure.figure svg { display: block; }
			figure.figure figcaption { font-size: 12px; color: #5b6474; margin-top: 4px; }
			.unit { color: #5b6474; font-weight: 400; }
			ul.legend { list-style: none; padding: 0; margin: 0 0 6px; font-size: 12px; color: #3d4554; }
			ul.legend li { display: inline-block; margin-right: 16px; }
			ul.legend svg { vertical-align: -2px; margin-right: 4px; }
			table.bars { border-collapse: collapse; }
			table.bars th { text-align: left; font-weight: 500; padding: 3px 14px 3px 0; white-space: nowrap;
			  unicode-bidi: isolate; }
			table.bars td { padding: 3px 0; }
			table.bars td.figures { padding-left: 12px; font-variant-numeric: tabular-nums; unicode-bidi: isolate; }
			table.bars tr.over th, table.bars tr.over td.figures { color: #a4161a; }
			.warn { font-weight: 700; color: #a4161a; }
			svg .track { fill: #eef1f5; }
			svg .s0 { fill: #4e79a7; } svg .s1 { fill: #f28e2b; } svg .s2 { fill: #76b7b2; }
			svg .s3 { fill: #59a14f; } svg .s4 { fill: #edc948; } svg .s5 { fill: #b07aa1; }
			svg .overpart { fill: #d62728; fill-opacity: 0.35; stroke: #a4161a; stroke-width: 1.5; }
			svg .cap { stroke: #1d2330; stroke-width: 2; }
			ul.checklist { list-style: none; padding-left: 4px; }
			ul.checklist li { margin: 6px 0; unicode-bidi: isolate; }
			ul.checklist .box { font-size: 16px; margin-right: 8px; }
			footer { margin-top: 48px; color: #7a8292; font-size: 12px; border-top: 1px solid #e1e5ec; padding-top: 8px; }
			@page { size: A4 landscape; margin: 12mm; }
			@media print {
			  body { max-width: none; padding: 0; font-size: 10px; }
			  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
			  nav.toc { background: none; border: 0; }
			  section { break-before: page; }
			  section:first-of-type { break-before: auto; }
			  .screen-only { display: none; }
			  table.print-part { display: table; margin-bottom: 14px; break-inside: avoid; }
			  h2 { margin-top: 0; }
			  .block + .table-block { break-before: page; }
			  .scroll { overflow: visible; }
			  table.data { font-size: 9px; }
			  table.data tbody th { position: static; }
			  table.data thead { display: table-header-group; }
			  tr { break-inside: avoid; }
			  figure.figure { overflow: visible; break-inside: avoid; }
			  figure.figure svg { max-width: 100%; height: auto; }
			  h2, caption, figcaption { break-after: avoid; }
			  a { color: inherit; text-decoration: none; }
			  footer { margin-top: 16px; }
			}
			""";

	private HtmlStyle() {
	}
}
