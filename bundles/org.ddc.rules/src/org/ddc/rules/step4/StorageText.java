package org.ddc.rules.step4;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.Function;

import org.ddc.analysis.DesignIndex;
import org.ddc.rules.MessageLists;
import org.ddc.model.BackupPlan;
import org.ddc.model.DiskGroup;
import org.ddc.model.StorageSystem;

/** Numbers and lists in Step 4 messages. */
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

	/** Names joined with ", ", at most five, then "and N more". */
	static <T> String names(Collection<T> items, Function<T, String> name) {
		return MessageLists.join(items.stream().map(name).toList(), 5);
	}

	/** Storage systems that hold VMs (named by a host design) or backups (target of a backup plan). */
	static Set<StorageSystem> inUse(DesignIndex index) {
		Set<StorageSystem> used = new LinkedHashSet<>();
		for (StorageSystem storage : index.all(StorageSystem.class)) {
			if (!index.hostDesignsUsing(storage).isEmpty()) {
				used.add(storage);
			}
		}
		for (BackupPlan plan : index.all(BackupPlan.class)) {
			if (DesignIndex.live(plan.getTarget())) {
				used.add(plan.getTarget());
			}
		}
		return used;
	}
}
