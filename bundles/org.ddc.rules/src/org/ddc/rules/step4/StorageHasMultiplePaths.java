package org.ddc.rules.step4;

import org.ddc.analysis.StorageLoad;
import org.ddc.model.DdcPackage;
import org.ddc.model.StorageSystem;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-09: multiple paths to the disk array (L400–401). A storage system holding VMs declares 'multipath yes'
 * and, when its storage processors (controllers) are listed, has at least two of them.
 */
public final class StorageHasMultiplePaths extends Rule {

	public StorageHasMultiplePaths() {
		super("IPD-4-09");
	}

	@Override
	public void check(RuleContext context) {
		for (StorageSystem storage : context.index().all(StorageSystem.class)) {
			if (context.index().hostDesignsUsing(storage).isEmpty() || StorageLoad.isFileStorage(storage)) {
				continue;
			}
			if (!storage.isSetMultipath() || !storage.isMultipath()) {
				context.report(storage, storage.isSetMultipath() ? DdcPackage.Literals.STORAGE_SYSTEM__MULTIPATH
						: DdcPackage.Literals.ELEMENT__NAME, "storage system " + storage.getName()
								+ " holds VMs but " + (storage.isSetMultipath() ? "has multipath I/O switched off"
										: "declares no multipath I/O")
								+ ": provide multiple paths to the disk array ('multipath yes', dual controllers "
								+ "and ports)",
						Fix.set("multipath", "yes", "Use multipath I/O"));
			} else if (storage.getProcessors().size() == 1) {
				context.report(storage, DdcPackage.Literals.STORAGE_SYSTEM__PROCESSORS, "storage system "
						+ storage.getName() + " has one storage processor, "
						+ storage.getProcessors().get(0).getName()
						+ ", so every path to the disk array runs through one controller: add a second processor");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design H { quantity 2 storage SAN-1 }
				storage-system SAN-1 { type san protocol fibre-channel processor SPA processor SPB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design H { quantity 2 storage SAN-1 }
				storage-system SAN-1 { type san protocol fibre-channel processor SPA processor SPB multipath yes }
				""";
	}
}
