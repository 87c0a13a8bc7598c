package org.ddc.diagram.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ddc.diagram.model.LegendEntry;
import org.ddc.model.NicPurpose;
import org.ddc.model.Subnet;

/**
 * The colour of a network link from the subnets it carries. Up to {@link #PALETTE}'s twelve subnets each subnet has a
 * colour of its own; a design with more colours its links by the subnets' purpose (host management, live migration,
 * guest traffic, …: ten purposes and "no purpose" fit the palette), so that a colour still says what the link is for.
 * A link whose subnets have different colours (a trunk) is drawn in {@link #TRUNK} and thicker, its subnets in its
 * tooltip; a link that names no subnet in {@link #NO_SUBNET}. The legend has an entry per subnet.
 */
final class LinkColours {

	/**
	 * Twelve colours told apart with the common colour-vision deficiencies (Okabe–Ito and Tol's muted scheme), none
	 * of them the red of a failed link or the purple of a single point of failure.
	 */
	static final List<String> PALETTE = List.of("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#332288",
			"#999933", "#882255", "#6f4e37", "#44aa99", "#117733", "#b8860b");
	/** A link carrying subnets of different colours. */
	static final String TRUNK = "#555555";
	/** A link naming no subnet. */
	static final String NO_SUBNET = "#aaaaaa";
	/** Uplinks between switches and the interconnect of a pair. */
	static final String UPLINK = "#222222";

	private final boolean byPurpose;
	private final Map<Subnet, String> colours = new LinkedHashMap<>();
	private final List<Subnet> subnets;

	/** The colours for the subnets the drawn links carry. */
	LinkColours(Collection<Subnet> carried) {
		List<Subnet> ordered = new ArrayList<>(new LinkedHashSet<>(carried));
		this.byPurpose = ordered.size() > PALETTE.size();
		if (byPurpose) {
			ordered.sort(Comparator.comparingInt((Subnet s) -> purposeIndex(s)).thenComparing(LinkColours::vlanOrder)
					.thenComparing(s -> String.valueOf(s.getName())));
			for (Subnet subnet : ordered) {
				colours.put(subnet, PALETTE.get(purposeIndex(subnet) % PALETTE.size()));
			}
		} else {
			ordered.sort(Comparator.comparingInt(LinkColours::vlanOrder).thenComparing(s -> String.valueOf(s.getName())));
			for (int i = 0; i < ordered.size(); i++) {
				colours.put(ordered.get(i), PALETTE.get(i));
			}
		}
		this.subnets = List.copyOf(ordered);
	}

	/** True when links are coloured by the purpose of their subnets (more subnets than colours). */
	boolean byPurpose() {
		return byPurpose;
	}

	/** The colour of a link carrying these subnets. */
	String colour(List<Subnet> carried) {
		Set<String> distinct = new LinkedHashSet<>();
		carried.forEach(s -> distinct.add(colours.getOrDefault(s, NO_SUBNET)));
		if (distinct.isEmpty()) {
			return NO_SUBNET;
		}
		return distinct.size() == 1 ? distinct.iterator().next() : TRUNK;
	}

	/** A subnet as tooltips and the legend name it: {@code CON-NET-WEB · VLAN 110 · 10.20.10.0/24}. */
	static String describe(Subnet subnet) {
		StringBuilder text = new StringBuilder(String.valueOf(subnet.getName()));
		if (subnet.isSetVlan()) {
			text.append(" · VLAN ").append(subnet.getVlan());
		}
		if (subnet.getCidr() != null && !subnet.getCidr().isBlank()) {
			text.append(" · ").append(subnet.getCidr());
		}
		return text.toString();
	}

	/** The legend: a line per subnet (grouped by purpose when coloured by purpose), then trunk, uplink, none. */
	List<LegendEntry> legend(boolean trunks, boolean uplinks, boolean unassigned) {
		List<LegendEntry> legend = new ArrayList<>();
		for (Subnet subnet : subnets) {
			String label = byPurpose ? purpose(subnet) + ": " + legendName(subnet) : legendName(subnet);
			legend.add(new LegendEntry(label, colours.get(subnet), LegendEntry.Kind.LINE));
		}
		if (trunks) {
			legend.add(new LegendEntry("several colours' subnets (a trunk; see its tooltip)", TRUNK,
					LegendEntry.Kind.LINE));
		}
		if (uplinks) {
			legend.add(new LegendEntry("uplink or pair interconnect", UPLINK, LegendEntry.Kind.LINE));
		}
		if (unassigned) {
			legend.add(new LegendEntry("no subnet named", NO_SUBNET, LegendEntry.Kind.LINE));
		}
		return legend;
	}

	/** The note that says how links are coloured. */
	String note() {
		return byPurpose
				? "Links are coloured by the purpose of their subnets (" + subnets.size() + " subnets, more than the "
						+ PALETTE.size() + " colours that stay distinct); each link's tooltip names its subnets."
				: "Links are coloured by subnet; a link carrying subnets of several colours is grey and thicker, its "
						+ "subnets in its tooltip.";
	}

	private static String legendName(Subnet subnet) {
		return subnet.isSetVlan() ? subnet.getName() + " (VLAN " + subnet.getVlan() + ")" : String.valueOf(subnet.getName());
	}

	private static int purposeIndex(Subnet subnet) {
		return subnet.isSetPurpose() ? subnet.getPurpose().ordinal() : NicPurpose.VALUES.size();
	}

	private static String purpose(Subnet subnet) {
		return subnet.isSetPurpose() ? subnet.getPurpose().getLiteral().replace('-', ' ') : "no purpose";
	}

	private static int vlanOrder(Subnet subnet) {
		return subnet.isSetVlan() ? subnet.getVlan() : Integer.MAX_VALUE;
	}

	@Override
	public String toString() {
		return (byPurpose ? "by purpose " : "by subnet ") + colours.keySet().stream()
				.map(s -> String.valueOf(s.getName()).toLowerCase(Locale.ROOT)).toList();
	}
}
