package org.ddc.generate;

import java.util.ArrayList;
import java.util.List;

import org.ddc.model.DdcFactory;
import org.ddc.model.Device;
import org.ddc.model.Placement;
import org.ddc.model.PowerFeed;
import org.ddc.model.Rack;

/**
 * Compute racks in which no rack holds two units of one spread set: all the hosts of a host design, so that a rack
 * failure costs each of its clusters one host at most, which the cluster's N+1 absorbs (no rack is a single point of
 * failure, whatever host the placement gives an instance), and the two switches of a pair. Units take the racks in
 * turn, each set starting where the previous one stopped, so that the racks fill evenly, bottom-up, each within its
 * height and power budget ({@link RackPacker}'s racks). There are as many racks as the largest set, or more where
 * the units need them: their height and power with a tenth to spare for the spreading, then one rack more whenever a
 * unit finds no rack with room that holds nothing of its set.
 */
final class SpreadRacks {
	/** One device unit: a host of a host design, a switch. */
	private record Unit(Device device, int height, double drawW) {
	}

	private final String prefix;
	private final List<PowerFeed> feeds;
	private final List<List<Unit>> sets = new ArrayList<>();

	SpreadRacks(String prefix, List<PowerFeed> feeds) {
		this.prefix = prefix;
		this.feeds = List.copyOf(feeds);
	}

	/** Adds a set: {@code count} units of each device given, no two of the set in one rack. */
	void spread(List<Device> devices, int count, int height, double drawW) {
		List<Unit> set = new ArrayList<>();
		for (Device device : devices) {
			for (int i = 0; i < count; i++) {
				set.add(new Unit(device, height, drawW));
			}
		}
		sets.add(set);
	}

	/** Places every unit (one placement each, in the order given) and returns the racks. */
	List<Rack> place() {
		int largest = 0;
		int heightU = 0;
		double drawW = 0;
		for (List<Unit> set : sets) {
			largest = Math.max(largest, set.size());
			for (Unit unit : set) {
				heightU += unit.height();
				drawW += unit.drawW();
			}
		}
		int needed = (int) Math.ceil(1.1 * Math.max(heightU / (double) RackPacker.RACK_HEIGHT,
				drawW / RackPacker.POWER_BUDGET_W));
		List<Fill> racks = new ArrayList<>();
		for (int i = 0; i < Math.max(largest, needed); i++) {
			racks.add(new Fill(RackPacker.rack(prefix, i + 1, feeds)));
		}
		int next = 0;
		for (List<Unit> set : sets) {
			List<Fill> used = new ArrayList<>();
			for (Unit unit : set) {
				Fill fill = null;
				for (int tried = 0; tried < racks.size() && fill == null; tried++) {
					Fill candidate = racks.get((next + tried) % racks.size());
					if (!used.contains(candidate) && candidate.fits(unit)) {
						fill = candidate;
						next = (next + tried + 1) % racks.size();
					}
				}
				if (fill == null) {
					fill = new Fill(RackPacker.rack(prefix, racks.size() + 1, feeds));
					racks.add(fill);
					next = 0;
				}
				fill.place(unit);
				used.add(fill);
			}
		}
		return racks.stream().map(Fill::rack).toList();
	}

	/** A rack and how much of it is used. */
	private static final class Fill {
		private final Rack rack;
		private int nextFreeU = 1;
		private double powerUsedW;

		Fill(Rack rack) {
			this.rack = rack;
		}

		Rack rack() {
			return rack;
		}

		boolean fits(Unit unit) {
			return nextFreeU + unit.height() - 1 <= RackPacker.RACK_HEIGHT
					&& powerUsedW + unit.drawW() <= RackPacker.POWER_BUDGET_W;
		}

		void place(Unit unit) {
			Placement placement = DdcFactory.eINSTANCE.createPlacement();
			placement.setRack(rack);
			placement.setPosition(nextFreeU);
			unit.device().getPlacements().add(placement);
			nextFreeU += unit.height();
			powerUsedW += unit.drawW();
		}
	}
}
