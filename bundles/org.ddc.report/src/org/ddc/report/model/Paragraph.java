package org.ddc.report.model;

/** Prose from ddc (an explanation, a caption from the guide): plain text, never markup. */
public record Paragraph(String text) implements Block {
}
