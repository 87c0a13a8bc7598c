package org.ddc.diagram.network;

import org.ddc.diagram.DiagramBuilder;
import org.ddc.diagram.DiagramInput;
import org.ddc.diagram.DiagramKind;
import org.ddc.diagram.model.Diagram;

/**
 * The network topology (issue 9): hosts by host design and cluster with their adapters and teams, physical management
 * servers, switch pairs with their interconnect and uplinks, load balancers and firewalls, and every port connection
 * to a switch as a line coloured by its subnets ({@link LinkColours}). Laid out by ELK's layered algorithm from left
 * to right — servers and hosts, the switches they connect to, the switches those uplink to, then load balancers and
 * firewalls — with orthogonal lines. Large clusters are drawn as one node with a count ({@link HostGroups}). Every
 * figure comes from the design's analysis: hosts and clusters from the sizing, connections and ports in use from the
 * network analysis, marks from the overlays.
 */
public final class NetworkDiagram implements DiagramBuilder {

	@Override
	public DiagramKind kind() {
		return DiagramKind.NETWORK;
	}

	@Override
	public Diagram build(DiagramInput input) {
		return new NetworkDrawing(input).draw();
	}
}
