package org.ddc.report.model;

/** What a section holds: a table, a bar chart, a paragraph, a checklist or a figure (a diagram). */
public sealed interface Block permits Table, BarChart, Paragraph, Checklist, Figure {
}
