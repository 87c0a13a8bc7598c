package org.ddc.rules.step5;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.NetworkSwitch;

/** How Step 5 messages name the switch that takes over from another. */
final class SwitchText {
	private SwitchText() {
	}

	/** "its partner SW-B1" or "a second switch". */
	static String partnerOf(NetworkSwitch networkSwitch) {
		NetworkSwitch partner = networkSwitch.getPartner();
		return DesignIndex.live(partner) && partner != networkSwitch ? "its partner " + partner.getName()
				: "a second switch";
	}
}
