package org.ddc.rules.step4;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.StorageProcessor;
import org.ddc.model.StorageSwitch;
import org.ddc.model.StorageSystem;
import org.ddc.model.StorageType;

/** The storage switches of a storage system's fabric: those its storage processors connect to. */
final class Fabric {
	private Fabric() {
	}

	static Set<StorageSwitch> switchesOf(StorageSystem storage) {
		Set<StorageSwitch> switches = new LinkedHashSet<>();
		for (StorageProcessor processor : storage.getProcessors()) {
			processor.getSwitches().stream().filter(DesignIndex::live).forEach(switches::add);
		}
		return switches;
	}

	/** A system outside the host: SAN, or any system whose processors connect to switches. */
	static boolean external(StorageSystem storage) {
		return storage.isSetType() ? storage.getType() == StorageType.SAN : !switchesOf(storage).isEmpty();
	}

	/** Storage-processor connections per storage switch (one port per processor on each switch it names). */
	static Map<StorageSwitch, Integer> processorLinks(DesignIndex index) {
		Map<StorageSwitch, Integer> links = new IdentityHashMap<>();
		for (StorageProcessor processor : index.all(StorageProcessor.class)) {
			new LinkedHashSet<>(processor.getSwitches()).stream().filter(DesignIndex::live)
					.forEach(s -> links.merge(s, 1, Integer::sum));
		}
		return links;
	}
}
