/**
 * The network of a design as Step 5 counts it: {@link org.ddc.analysis.network.NetworkAnalysis} (computed once per
 * design, read through {@link org.ddc.analysis.DesignAnalysis#network()}) turns every port connection into a
 * {@link org.ddc.analysis.network.Link} of a {@link org.ddc.analysis.network.LinkKind} and the number of switch ports
 * it stands for, and tallies the ports per switch and per subnet and the switches each subnet is connected on (Table
 * A-5); {@link org.ddc.analysis.network.HostAdapters} says what a host design's adapters are declared for.
 */
package org.ddc.analysis.network;
