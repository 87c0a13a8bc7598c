package org.ddc.analysis;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.ddc.model.StorageProcessor;
import org.ddc.model.StorageSwitch;
import org.ddc.model.StorageSystem;
import org.ddc.model.StorageType;

/**
 * The storage fabric of a design (Step 4), computed once per design: the storage switches each storage system's
 * processors connect to, whether a system sits outside its hosts, and how many storage-processor ports each storage
 * switch takes. Immutable once made. Only resolved switches count.
 */
public final class StorageFabric {
	private final Map<StorageSystem, Set<StorageSwitch>> switches = new IdentityHashMap<>();
	private final Map<StorageSwitch, Integer> processorLinks = new IdentityHashMap<>();

	private StorageFabric(DesignIndex index) {
		for (StorageSystem storage : index.all(StorageSystem.class)) {
			switches.put(storage, Collections.unmodifiableSet(fabricOf(storage)));
		}
		for (StorageProcessor processor : index.all(StorageProcessor.class)) {
			new LinkedHashSet<>(processor.getSwitches()).stream().filter(DesignIndex::live)
					.forEach(s -> processorLinks.merge(s, 1, Integer::sum));
		}
	}

	public static StorageFabric of(DesignIndex index) {
		return new StorageFabric(index);
	}

	/** The storage switches of a system's fabric: those its storage processors connect to, in order. */
	public Set<StorageSwitch> switchesOf(StorageSystem storage) {
		Set<StorageSwitch> fabric = switches.get(storage);
		return fabric != null ? fabric : Collections.unmodifiableSet(fabricOf(storage));
	}

	/** A system outside the host: a SAN, or, when its type is not declared, one whose processors connect to switches. */
	public boolean external(StorageSystem storage) {
		return storage.isSetType() ? storage.getType() == StorageType.SAN : !switchesOf(storage).isEmpty();
	}

	/**
	 * The storage-processor ports on a storage switch: one per processor that names the switch (however often it
	 * names it); 0 when none does.
	 */
	public int processorLinks(StorageSwitch storageSwitch) {
		return processorLinks.getOrDefault(storageSwitch, 0);
	}

	private static Set<StorageSwitch> fabricOf(StorageSystem storage) {
		Set<StorageSwitch> fabric = new LinkedHashSet<>();
		for (StorageProcessor processor : storage.getProcessors()) {
			processor.getSwitches().stream().filter(DesignIndex::live).forEach(fabric::add);
		}
		return fabric;
	}
}
