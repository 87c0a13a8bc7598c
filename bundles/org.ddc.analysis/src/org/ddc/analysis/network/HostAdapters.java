package org.ddc.analysis.network;

import java.util.Set;

import org.ddc.model.HostDesign;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NicPurpose;

/** What a host design's network adapters are declared for (Step 2, Task 2: the purposes of each adapter). */
public final class HostAdapters {
	private HostAdapters() {
	}

	/** True when the adapter declares purposes and every one of them is among the given ones. */
	public static boolean dedicatedTo(NetworkAdapter adapter, Set<NicPurpose> purposes) {
		return !adapter.getPurposes().isEmpty() && purposes.containsAll(adapter.getPurposes());
	}

	/** True when some adapter of the host design declares the purpose (alone or with others). */
	public static boolean hasPurpose(HostDesign host, NicPurpose purpose) {
		return host.getAdapters().stream().anyMatch(a -> a.getPurposes().contains(purpose));
	}
}
