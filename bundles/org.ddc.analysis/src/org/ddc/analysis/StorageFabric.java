package org.ddc.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ddc.model.HostDesign;
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

	/**
	 * Which side of a redundant pair a storage switch is on: two fabrics (A and B) that share no switch, so that a
	 * host with a connection on each keeps a path when one side fails.
	 */
	public enum Side {
		/** The first switch of a partner pair in design order (and every switch paired with a B). */
		A,
		/** A partner of an A switch. */
		B,
		/** A switch that names no partner and that no switch names as its partner. */
		SINGLE
	}

	private final Map<StorageSystem, Set<StorageSwitch>> switches = new IdentityHashMap<>();
	private final Map<StorageSwitch, Integer> processorLinks = new IdentityHashMap<>();
	private final Map<StorageSwitch, Side> sides = new IdentityHashMap<>();

	private StorageFabric(DesignIndex index) {
		for (StorageSystem storage : index.all(StorageSystem.class)) {
			switches.put(storage, Collections.unmodifiableSet(fabricOf(storage)));
		}
		for (StorageProcessor processor : index.all(StorageProcessor.class)) {
			new LinkedHashSet<>(processor.getSwitches()).stream().filter(DesignIndex::live)
					.forEach(s -> processorLinks.merge(s, 1, Integer::sum));
		}
		assignSides(index.all(StorageSwitch.class));
	}

	/**
	 * Sides of the partner pairs: in design order, a switch not yet placed goes on side A, its partners (named by it
	 * or naming it) on B, theirs on A again; a switch without any partner is {@link Side#SINGLE}.
	 */
	private void assignSides(List<StorageSwitch> all) {
		Map<StorageSwitch, List<StorageSwitch>> partners = new IdentityHashMap<>();
		for (StorageSwitch storageSwitch : all) {
			StorageSwitch partner = storageSwitch.getPartner();
			if (DesignIndex.live(partner) && partner != storageSwitch) {
				partners.computeIfAbsent(storageSwitch, k -> new ArrayList<>()).add(partner);
				partners.computeIfAbsent(partner, k -> new ArrayList<>()).add(storageSwitch);
			}
		}
		for (StorageSwitch first : all) {
			if (sides.containsKey(first)) {
				continue;
			}
			if (!partners.containsKey(first)) {
				sides.put(first, Side.SINGLE);
				continue;
			}
			sides.put(first, Side.A);
			Deque<StorageSwitch> queue = new ArrayDeque<>(List.of(first));
			while (!queue.isEmpty()) {
				StorageSwitch next = queue.poll();
				Side other = sides.get(next) == Side.A ? Side.B : Side.A;
				for (StorageSwitch partner : partners.get(next)) {
					if (!sides.containsKey(partner)) {
						sides.put(partner, other);
						queue.add(partner);
					}
				}
			}
		}
	}

	/** The side of a storage switch's partner pair ({@link Side#SINGLE} for one without a partner). */
	public Side side(StorageSwitch storageSwitch) {
		return sides.getOrDefault(storageSwitch, Side.SINGLE);
	}

	/**
	 * The paths from a host design to a storage system: the storage switches that both a data connection of the host
	 * design (an HBA that is not for booting, an iSCSI adapter port) and a processor of the system connect to, in the
	 * host design's order. Multipath I/O needs two.
	 */
	public Set<StorageSwitch> paths(HostDesign host, StorageSystem storage) {
		Set<StorageSwitch> paths = new LinkedHashSet<>(StorageLoad.storageConnections(host, true).keySet());
		paths.retainAll(switchesOf(storage));
		return Collections.unmodifiableSet(paths);
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
