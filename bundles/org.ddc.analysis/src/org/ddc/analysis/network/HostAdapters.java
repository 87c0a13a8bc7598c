package org.ddc.analysis.network;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.ddc.model.HostDesign;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NicPurpose;
import org.ddc.model.PortConnection;
import org.ddc.model.Subnet;

/** What a host design's network adapters are declared for (Step 2, Task 2: the purposes of each adapter). */
public final class HostAdapters {
	private HostAdapters() {
	}

	/** True when the adapter declares purposes and every one of them is among the given ones. */
	public static boolean dedicatedTo(NetworkAdapter adapter, Set<NicPurpose> purposes) {
		return !adapter.getPurposes().isEmpty() && purposes.containsAll(adapter.getPurposes());
	}

	/** The network ports of one host of the design: every adapter's 'ports' (1 when not stated). */
	public static int ports(HostDesign host) {
		return host.getAdapters().stream().mapToInt(a -> Math.max(0, a.getPortCount())).sum();
	}

	/**
	 * The ports of one host connected on each subnet (Table A-3 "Network access available", L186): each port
	 * connection of its adapters counts once for every subnet it names (resolved ones, each once per port), whatever
	 * its switch. Subnets in the order the ports first name them.
	 */
	public static Map<Subnet, Integer> portsBySubnet(HostDesign host) {
		Map<Subnet, Integer> ports = new LinkedHashMap<>();
		for (NetworkAdapter adapter : host.getAdapters()) {
			for (PortConnection port : adapter.getPorts()) {
				new LinkedHashSet<>(NetworkAnalysis.subnets(port)).forEach(s -> ports.merge(s, 1, Integer::sum));
			}
		}
		return ports;
	}

	/** True when some adapter of the host design declares the purpose (alone or with others). */
	public static boolean hasPurpose(HostDesign host, NicPurpose purpose) {
		return host.getAdapters().stream().anyMatch(a -> a.getPurposes().contains(purpose));
	}
}
