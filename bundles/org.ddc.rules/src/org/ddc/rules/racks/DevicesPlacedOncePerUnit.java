package org.ddc.rules.racks;

import org.ddc.analysis.Quantities;
import org.ddc.analysis.RackLayout;
import org.ddc.model.DdcPackage;
import org.ddc.model.Device;
import org.ddc.model.HostDesign;
import org.ddc.model.labels.ElementKinds;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * Once a design places devices in racks, every physical unit of every device has a place, and no more than it has:
 * a host design of quantity 8 whose placements hold 6 leaves two hosts without rack space (named, so the architect
 * sees which), one whose placements hold 10 plans space and power for hosts that are not bought.
 */
public final class DevicesPlacedOncePerUnit extends Rule {

	public DevicesPlacedOncePerUnit() {
		super("RACK-PLACED");
	}

	@Override
	public void check(RuleContext context) {
		for (RackLayout.Mismatch mismatch : context.analysis().racks().mismatches()) {
			Device device = mismatch.device();
			String what = ElementKinds.label(device.eClass()) + " " + device.getName();
			String units = Quantities.count(mismatch.expected(), unitNoun(device));
			if (mismatch.placed() < mismatch.expected()) {
				context.report(device, DdcPackage.Literals.ELEMENT__NAME, what + " has " + units + " but its placements"
						+ " hold " + mismatch.placed() + ": " + unplaced(mismatch)
						+ (mismatch.unplaced() == 1 ? " has" : " have") + " no rack space; add a 'placement "
						+ "<rack> at U <n> count " + (mismatch.expected() - mismatch.placed()) + "'");
			} else {
				context.report(device, DdcPackage.Literals.ELEMENT__NAME, what + " has " + units
						+ " but its placements hold " + mismatch.placed() + ": lower the placements' counts to "
						+ mismatch.expected() + (device instanceof HostDesign ? " or raise 'quantity'" : ""));
			}
		}
	}

	/** "HD-WEB-07, HD-WEB-08" or "HD-WEB-05, HD-WEB-06, HD-WEB-07, HD-WEB-08 and 12 more". */
	private static String unplaced(RackLayout.Mismatch mismatch) {
		int more = mismatch.unplaced() - mismatch.firstUnplaced().size();
		return String.join(", ", mismatch.firstUnplaced()) + (more > 0 ? " and " + Quantities.number(more) + " more" : "");
	}

	private static String unitNoun(Device device) {
		return device instanceof HostDesign ? "host" : "unit";
	}

	@Override
	public String firingExample() {
		return """
				rack R01 { height 42 U }
				host-design HD-WEB { quantity 4 height 2 U placement R01 at U 2 count 3 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				rack R01 { height 42 U }
				host-design HD-WEB { quantity 4 height 2 U placement R01 at U 2 count 4 }
				""";
	}
}
