package org.ddc.diagram.model;

/** Something drawn: a box (device, rack, group, unit slot, bar), an edge (link, path) or a free label. */
public sealed interface Shape permits Box, Edge, Label {
}
