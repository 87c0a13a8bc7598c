package org.ddc.report.model;

/** What a section holds: a table, a bar chart, a paragraph or a checklist. */
public sealed interface Block permits Table, BarChart, Paragraph, Checklist {
}
