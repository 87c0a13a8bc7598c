package org.ddc.generate;

import java.util.ArrayList;
import java.util.List;

import org.ddc.model.DdcFactory;
import org.ddc.model.Device;
import org.ddc.model.Placement;
import org.ddc.model.PowerCircuit;
import org.ddc.model.PowerFeed;
import org.ddc.model.Rack;
import org.ddc.model.units.Power;
import org.ddc.model.units.RackSpace;
import org.ddc.model.units.Unit;

/**
 * Places devices bottom-up into 42 U racks, opening a new rack when the next device does not fit in height or in
 * the rack's power budget. Devices of one host design are stacked in runs ({@code placement … count n}). Every rack
 * draws a circuit from each of the given power feeds.
 */
final class RackPacker {
	static final int RACK_HEIGHT = 42;
	static final double POWER_BUDGET_W = 10_000;
	static final double FEED_CAPACITY_W = 11_000;

	private final DdcFactory factory = DdcFactory.eINSTANCE;
	private final String prefix;
	private final List<PowerFeed> feeds;
	private final List<Rack> racks = new ArrayList<>();
	private Rack current;
	private int nextFreeU;
	private double powerUsedW;

	RackPacker(String prefix, List<PowerFeed> feeds) {
		this.prefix = prefix;
		this.feeds = List.copyOf(feeds);
	}

	List<Rack> racks() {
		return racks;
	}

	/** Starts a fresh rack for the next devices (e.g. one per host design). */
	void newRack() {
		current = rack(prefix, racks.size() + 1, feeds);
		racks.add(current);
		nextFreeU = 1;
		powerUsedW = 0;
	}

	/** An empty 42 U rack with its power budget and a circuit from each feed, named prefix + number ("RK-C001"). */
	static Rack rack(String prefix, int number, List<PowerFeed> feeds) {
		Rack rack = DdcFactory.eINSTANCE.createRack();
		rack.setName(prefix + String.format("%03d", number));
		rack.setHeight(RackSpace.of(RACK_HEIGHT, Unit.U));
		rack.setPowerBudget(Power.of(POWER_BUDGET_W / 1000, Unit.KW));
		for (PowerFeed feed : feeds) {
			PowerCircuit circuit = DdcFactory.eINSTANCE.createPowerCircuit();
			circuit.setFeed(feed);
			circuit.setCapacity(Power.of(FEED_CAPACITY_W / 1000, Unit.KW));
			rack.getCircuits().add(circuit);
		}
		return rack;
	}

	/** Places {@code count} identical devices, each {@code height} U tall drawing {@code drawW} watts. */
	void place(Device device, int count, int height, double drawW) {
		if (height > RACK_HEIGHT || drawW > POWER_BUDGET_W) {
			throw new IllegalArgumentException(device.getName() + " (" + height + " U, " + drawW
					+ " W) does not fit an empty rack");
		}
		int remaining = count;
		while (remaining > 0) {
			if (current == null || !fits(height, drawW)) {
				newRack();
			}
			int run = 0;
			while (run < remaining && fits(height, drawW)) {
				nextFreeU += height;
				powerUsedW += drawW;
				run++;
			}
			Placement placement = factory.createPlacement();
			placement.setRack(current);
			placement.setPosition(nextFreeU - run * height);
			placement.setCount(run);
			device.getPlacements().add(placement);
			remaining -= run;
		}
	}

	private boolean fits(int height, double drawW) {
		return nextFreeU + height - 1 <= RACK_HEIGHT && powerUsedW + drawW <= POWER_BUDGET_W;
	}
}
