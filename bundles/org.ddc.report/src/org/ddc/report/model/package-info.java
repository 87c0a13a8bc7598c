/**
 * The report as a document, independent of its format: a {@link org.ddc.report.model.Report} is a list of
 * {@link org.ddc.report.model.Section}s, each a list of {@link org.ddc.report.model.Block}s — tables (the guide's
 * job aids Tables A-1 … A-7 and the analysis tables), bar charts, paragraphs and checklists. The tables are derived
 * from the design and its analysis (nothing is computed here: values come from {@code org.ddc.analysis}); the
 * writers render the same document as HTML, Markdown, CSV (one file per table) and XLSX (one sheet per table).
 * <p>
 * Every text in the model is plain text as the design or ddc wrote it; escaping is the writers' job.
 */
package org.ddc.report.model;
