package org.ddc.rules.step4;

import java.math.BigDecimal;
import java.util.Locale;

import org.ddc.model.DiskGroup;

/** Numbers in Step 4 messages. */
final class StorageText {
	private StorageText() {
	}

	/** The read/write mix the IOPS rules assume, as the messages state it: "70/30 read/write". */
	static String mix(double readShare) {
		return Math.round(readShare * 100) + "/" + Math.round((1 - readShare) * 100) + " read/write";
	}

	/** An I/O size in KB as written: "32", "4.5". */
	static String kb(double kb) {
		return BigDecimal.valueOf(kb).stripTrailingZeros().toPlainString();
	}

	/** A growth factor as "25 % growth". */
	static String growth(double factor) {
		return String.format(Locale.ENGLISH, "%.0f %% growth", (factor - 1) * 100);
	}

	/** "disks 24 x 4 TB nl-sas". */
	static String group(DiskGroup group) {
		return "disks " + group.getCount() + " x " + group.getSize() + " " + group.getKind().getLiteral();
	}
}
