package org.ddc.diagram.model;

/** A point of a diagram, in pixels from its top left corner. */
public record Point(double x, double y) {
}
