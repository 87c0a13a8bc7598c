package org.ddc.diagram.rack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.Quantities;
import org.ddc.analysis.RackLayout;
import org.ddc.analysis.RackLayout.Unit;
import org.ddc.diagram.model.Role;
import org.ddc.model.Device;
import org.ddc.model.Firewall;
import org.ddc.model.HostDesign;
import org.ddc.model.LoadBalancer;
import org.ddc.model.ManagementServer;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.PowerFeed;
import org.ddc.model.PowerSupplies;
import org.ddc.model.StorageSwitch;
import org.ddc.model.StorageSystem;

/** What the rack diagram says of a device: its role, its power feeds' short tags, the text of a unit's tooltip. */
final class Devices {

	private final Map<PowerFeed, String> tags = new LinkedHashMap<>();

	/** The devices of a design whose feeds are {@code feeds}, in declaration order. */
	Devices(List<PowerFeed> feeds) {
		List<String> suffixes = feeds.stream().map(Devices::suffix).toList();
		boolean distinct = suffixes.stream().distinct().count() == suffixes.size()
				&& suffixes.stream().allMatch(s -> !s.isEmpty() && s.codePointCount(0, s.length()) <= 2);
		for (int i = 0; i < feeds.size(); i++) {
			tags.put(feeds.get(i), distinct ? suffixes.get(i) : String.valueOf(i + 1));
		}
	}

	/** The last part of a name after '-' or '_' ("CON-FEED-A" → "A"). */
	private static String suffix(PowerFeed feed) {
		String name = feed.getName() == null ? "" : feed.getName();
		int cut = Math.max(name.lastIndexOf('-'), name.lastIndexOf('_'));
		return name.substring(cut + 1);
	}

	/** The colour of a device's box. */
	static Role role(Device device) {
		return switch (device) {
		case HostDesign h -> Role.HOST;
		case NetworkSwitch s -> Role.SWITCH;
		case StorageSwitch s -> Role.STORAGE_SWITCH;
		case StorageSystem s -> Role.STORAGE_SYSTEM;
		case LoadBalancer l -> Role.LOAD_BALANCER;
		case Firewall f -> Role.FIREWALL;
		case ManagementServer m -> Role.MANAGEMENT_SERVER;
		default -> Role.OTHER_DEVICE;
		};
	}

	/** The feed's short tag on power-supply markers ("A"), or its number in declaration order when tags clash. */
	String tag(PowerFeed feed) {
		return tags.getOrDefault(feed, "?");
	}

	/** The declared feeds with their tags, in declaration order. */
	Map<PowerFeed, String> tags() {
		return tags;
	}

	/** The distinct declared feeds the device's power supplies name. */
	static List<PowerFeed> feeds(Device device) {
		PowerSupplies supplies = device.getPowerSupplies();
		return supplies == null ? List.of()
				: supplies.getFeeds().stream().filter(DesignIndex::live).distinct().toList();
	}

	/** "2 redundant power supplies, 750 W each, on CON-FEED-A, CON-FEED-B", or what is not stated. */
	static String supplies(Device device) {
		PowerSupplies supplies = device.getPowerSupplies();
		if (supplies == null) {
			return "power supplies not stated";
		}
		StringBuilder text = new StringBuilder();
		text.append(supplies.getCount() > 0 ? Quantities.count(supplies.getCount(), "power supply", "power supplies")
				: "power supplies");
		if (supplies.isRedundant()) {
			text.append(" (redundant)");
		}
		if (supplies.getRating() != null) {
			text.append(", ").append(Quantities.power(supplies.getRating().base())).append(" each");
		}
		List<PowerFeed> feeds = feeds(device);
		text.append(feeds.isEmpty() ? ", on no power feed stated"
				: ", on " + String.join(", ", feeds.stream().map(PowerFeed::getName).toList()));
		return text.toString();
	}

	/** "U 5–6" or "U 5". */
	static String range(Unit unit) {
		return unit.fromU() == unit.toU() ? "U " + unit.fromU() : "U " + unit.fromU() + "–" + unit.toU();
	}

	/** The height in U a unit takes. */
	static int heightU(Unit unit) {
		return unit.toU() - unit.fromU() + 1;
	}

	/** The tooltip of a unit: name and device, model, rack and U range, power draw, power supplies. */
	static String tooltip(Unit unit, boolean unknownHeight) {
		Device device = unit.device();
		List<String> lines = new ArrayList<>();
		int units = RackLayout.physicalUnits(device);
		String what = Devices.role(device).label();
		lines.add(unit.name().equals(device.getName()) ? what + " " + device.getName()
				: unit.name() + ": " + what + " of " + device.getName() + " (" + units + " in all)");
		if (device.getModel() != null && !device.getModel().isBlank()) {
			lines.add("model: " + device.getModel());
		}
		lines.add(unit.rack().getName() + ", " + range(unit) + " (" + heightU(unit) + " U"
				+ (unknownHeight ? ": height not stated, drawn as 1 U" : "") + ")");
		lines.add(Double.isNaN(unit.watts()) ? "power draw not stated" : "power draw " + Quantities.power(unit.watts()));
		lines.add(supplies(device));
		return String.join("\n", lines);
	}
}
