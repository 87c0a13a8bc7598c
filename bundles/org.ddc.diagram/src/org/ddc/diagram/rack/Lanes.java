package org.ddc.diagram.rack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.RackLayout.Unit;

/**
 * Side-by-side lanes for the units of one rack that claim the same rack units, so that every one of them stays
 * visible: each such unit takes the first lane free over its U range (in U order); a unit that shares no rack unit
 * keeps the rack's full width.
 */
final class Lanes {
	private final Map<Unit, Integer> lane = new HashMap<>();
	private final Map<Unit, List<Unit>> sharing = new HashMap<>();
	private int count = 1;

	/** The lanes of a rack's units, sorted by their lowest U as {@code RackUse} lists them. */
	Lanes(List<Unit> units) {
		for (int i = 0; i < units.size(); i++) {
			Unit unit = units.get(i);
			for (int j = i + 1; j < units.size() && units.get(j).fromU() <= unit.toU(); j++) {
				sharing.computeIfAbsent(unit, u -> new ArrayList<>()).add(units.get(j));
				sharing.computeIfAbsent(units.get(j), u -> new ArrayList<>()).add(unit);
			}
		}
		List<List<Unit>> lanes = new ArrayList<>();
		for (Unit unit : units) {
			if (!sharing.containsKey(unit)) {
				continue;
			}
			int free = 0;
			while (free < lanes.size() && lanes.get(free).stream().anyMatch(u -> u.fromU() <= unit.toU()
					&& unit.fromU() <= u.toU())) {
				free++;
			}
			if (free == lanes.size()) {
				lanes.add(new ArrayList<>());
			}
			lanes.get(free).add(unit);
			lane.put(unit, free);
		}
		count = Math.max(1, lanes.size());
	}

	/** Whether the unit shares a rack unit with another. */
	boolean shared(Unit unit) {
		return sharing.containsKey(unit);
	}

	/** The units it shares rack units with. */
	List<Unit> sharing(Unit unit) {
		return sharing.getOrDefault(unit, List.of());
	}

	/** Its lane, from 0. */
	int lane(Unit unit) {
		return lane.getOrDefault(unit, 0);
	}

	/** How many lanes the rack needs. */
	int count() {
		return count;
	}
}
