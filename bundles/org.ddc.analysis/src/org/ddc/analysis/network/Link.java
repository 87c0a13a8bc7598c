package org.ddc.analysis.network;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.Element;
import org.ddc.model.Firewall;
import org.ddc.model.HostDesign;
import org.ddc.model.LoadBalancer;
import org.ddc.model.ManagementServer;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.PortConnection;
import org.ddc.model.StorageSwitch;
import org.ddc.model.StorageSystem;
import org.eclipse.emf.ecore.EObject;

/**
 * One port connection of a device to a network switch, as Table A-5 counts it.
 *
 * @param connection the port connection in the model
 * @param owner      the element it belongs to: the host design (for an adapter port), management server, load
 *                   balancer, firewall, or the storage system or switch whose management port it is
 * @param kind       what kind of device it connects
 * @param ports      how many physical switch ports it stands for: host adapter ports × host quantity, server
 *                   interfaces × count, load balancer and firewall interfaces × quantity, 1 for a management port
 *                   (negative quantities count as 0)
 * @param label      how messages name it: "host design HD-WEB adapter NIC-1", "firewall FW-1", "SAN-1 management
 *                   port"
 */
public record Link(PortConnection connection, Element owner, LinkKind kind, int ports, String label) {

	/** The switch it connects to, or {@code null} when the switch is not declared or not resolved. */
	public NetworkSwitch networkSwitch() {
		return DesignIndex.live(connection.getSwitch()) ? connection.getSwitch() : null;
	}

	/** The link of a port connection, or {@code null} when the connection belongs to no device ddc counts. */
	public static Link of(PortConnection connection) {
		EObject container = connection.eContainer();
		if (container instanceof NetworkAdapter adapter && adapter.eContainer() instanceof HostDesign host) {
			return new Link(connection, host, LinkKind.HOST, Math.max(0, host.getQuantity()),
					"host design " + host.getName() + " adapter " + adapter.getName());
		} else if (container instanceof ManagementServer server) {
			return new Link(connection, server, LinkKind.SERVER, Math.max(0, server.getCount()),
					"management server " + server.getName());
		} else if (container instanceof LoadBalancer lb) {
			return new Link(connection, lb, LinkKind.LOAD_BALANCER, Math.max(0, lb.getQuantity()),
					"load balancer " + lb.getName());
		} else if (container instanceof Firewall fw) {
			return new Link(connection, fw, LinkKind.FIREWALL, Math.max(0, fw.getQuantity()),
					"firewall " + fw.getName());
		} else if (container instanceof StorageSystem || container instanceof StorageSwitch
				|| container instanceof NetworkSwitch) {
			Element owner = (Element) container;
			return new Link(connection, owner, LinkKind.MANAGEMENT_PORT, 1, owner.getName() + " management port");
		}
		return null;
	}
}
