package org.ddc.report;

import java.util.List;

import org.ddc.analysis.Quantities;
import org.ddc.model.Element;
import org.ddc.model.Subnet;
import org.ddc.report.model.Cell;

/**
 * The cells of the report's tables, written the one way ddc writes quantities ({@link Quantities}): sizes in GB with
 * the reader's text in the largest fitting unit, CPU in percent, IOPS, rates in Mbps, counts; and the reasons an
 * empty cell gives.
 */
public final class Cells {
	/** The reason of a value the design does not state. */
	public static final String NOT_STATED = "not stated in the design";
	/** The reason of a total the guide's table has no sum for. */
	public static final String NO_TOTAL = "not a quantity: no total";

	private static final double MB_PER_GB = 1024;

	private Cells() {
	}

	/** A data size given in MB, as a number of GB ("1.5 TB" to read). */
	public static Cell size(double mb) {
		return Cell.number(mb / MB_PER_GB, "GB", Quantities.size(mb));
	}

	/** A data size given in MB with how it is made up: "48 GB (3 × 16 GB)". */
	public static Cell size(double mb, String makeUp) {
		return Cell.number(mb / MB_PER_GB, "GB", Quantities.size(mb) + (makeUp == null ? "" : " (" + makeUp + ")"));
	}

	/** CPU in percent of the reference CPU. */
	public static Cell percent(double percent) {
		return Cell.number(percent, "%", Quantities.percent(percent));
	}

	/** CPU in percent with how it is made up: "12 % (3 × 4 %)". */
	public static Cell percent(double percent, String makeUp) {
		return Cell.number(percent, "%", Quantities.percent(percent) + (makeUp == null ? "" : " (" + makeUp + ")"));
	}

	public static Cell iops(double iops) {
		return Cell.number(iops, "IOPS", Quantities.iops(iops));
	}

	public static Cell iops(double iops, String makeUp) {
		return Cell.number(iops, "IOPS", Quantities.iops(iops) + (makeUp == null ? "" : " (" + makeUp + ")"));
	}

	/** A data rate given in Mbps. */
	public static Cell rate(double mbps) {
		return Cell.number(mbps, "Mbps", Quantities.rate(mbps));
	}

	public static Cell rate(double mbps, String makeUp) {
		return Cell.number(mbps, "Mbps", Quantities.rate(mbps) + (makeUp == null ? "" : " (" + makeUp + ")"));
	}

	/** A count: "2,048". */
	public static Cell count(long n) {
		return Cell.number(n, null, Quantities.number(n));
	}

	/** A count with what it is: "8 (cluster CON-CL-WEBAPP: 8 hosts, N+1)". */
	public static Cell count(long n, String detail) {
		return Cell.number(n, null, Quantities.number(n) + (detail == null ? "" : " (" + detail + ")"));
	}

	/** "Yes" or "No". */
	public static Cell yesNo(boolean value) {
		return Cell.text(value ? "Yes" : "No");
	}

	/** Text the design states, or an empty cell saying it does not. */
	public static Cell stated(String text) {
		return text == null || text.isBlank() ? Cell.empty(NOT_STATED) : Cell.text(text);
	}

	/** Names the design lists, or an empty cell for none (with the reason given). */
	public static Cell items(List<String> items, String reasonWhenNone) {
		return items.isEmpty() ? Cell.empty(reasonWhenNone) : Cell.items(items);
	}

	/** An empty cell for something the design does not state. */
	public static Cell notStated() {
		return Cell.empty(NOT_STATED);
	}

	/** An element's name, or "(unnamed)" for one whose name did not parse. */
	public static String name(Element element) {
		return name(element.getName());
	}

	/** A name, or "(unnamed)" for one that did not parse. */
	public static String name(String name) {
		return name == null || name.isEmpty() ? "(unnamed)" : name;
	}

	/** "Subnet X (10.140.1.0/24)", or the name alone when the subnet states no CIDR. */
	public static String subnet(Subnet subnet) {
		return subnet.getCidr() == null || subnet.getCidr().isBlank() ? Cells.name(subnet)
				: Cells.name(subnet) + " (" + subnet.getCidr() + ")";
	}
}
