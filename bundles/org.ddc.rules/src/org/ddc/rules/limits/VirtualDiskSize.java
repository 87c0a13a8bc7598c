package org.ddc.rules.limits;

import org.ddc.analysis.Quantities;
import org.ddc.analysis.Demand;
import org.ddc.model.DdcPackage;
import org.ddc.model.VirtualDisk;
import org.ddc.model.VirtualDiskFormat;
import org.ddc.model.Workload;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * LIM-VDISK-SIZE: a virtual disk fits its format: VHDX up to 64 TB from Windows Server 2012 (seed 001 L289, L293;
 * no VHDX before 2012); a VHD larger than 2 TB needs VHDX (L284, an inferred maximum). Disks without a declared
 * format are judged against the largest format of the platform; pass-through disks are not judged.
 */
public final class VirtualDiskSize extends Rule {
	static final String VHDX = "vdisk.vhdx.size";
	static final String VHD = "vdisk.vhd.size";

	public VirtualDiskSize() {
		super("LIM-VDISK-SIZE");
	}

	@Override
	public void check(RuleContext context) {
		ScaleLimits.Limit vhdx = LimitMath.stated(context, VHDX);
		ScaleLimits.Limit vhd = LimitMath.stated(context, VHD);
		boolean vhdxAvailable = vhdx != null && vhdx.value() > 0;
		for (Workload workload : context.index().all(Workload.class)) {
			if (!Demand.inScope(workload)) {
				continue;
			}
			for (VirtualDisk disk : workload.getVirtualDisks()) {
				String label = "virtual disk " + disk.getName() + " of workload " + workload.getName();
				double size = disk.getSize() == null ? 0 : disk.getSize().base();
				VirtualDiskFormat format = disk.getFormat();
				if (format == VirtualDiskFormat.VHDX && vhdx != null && !vhdxAvailable) {
					context.report(disk, DdcPackage.Literals.VIRTUAL_DISK__FORMAT, label + " is a VHDX, but "
							+ LimitMath.platform(context) + " has no VHDX (" + vhdx.citation().inline()
							+ ": introduced with Windows Server 2012): use VHD, at most " + describe(vhd)
							+ ", or a pass-through disk");
				} else if (format == VirtualDiskFormat.VHD && vhd != null && size > LimitMath.base(vhd)) {
					context.report(disk, DdcPackage.Literals.VIRTUAL_DISK__SIZE, label + " is a " + disk.getSize()
							+ " VHD; a VHD larger than " + vhd.describe() + " needs VHDX"
							+ (vhdxAvailable ? ": make it a VHDX ('" + disk.getName() + " " + disk.getSize() + " vhdx')"
									: ", which " + LimitMath.platform(context) + " lacks: split it into disks of at most "
											+ Quantities.number(vhd.value()) + " " + vhd.unit() + " or use a pass-through disk"));
				} else if (format != VirtualDiskFormat.PASS_THROUGH && format != VirtualDiskFormat.VHD && vhdxAvailable
						&& size > LimitMath.base(vhdx)) {
					int parts = (int) Math.ceil(size / LimitMath.base(vhdx));
					context.report(disk, DdcPackage.Literals.VIRTUAL_DISK__SIZE, label + " is " + disk.getSize() + "; "
							+ LimitMath.platform(context) + " supports VHDX disks of at most " + vhdx.describe()
							+ ": split it into " + parts + " disks or use a pass-through disk");
				}
			}
		}
	}

	private static String describe(ScaleLimits.Limit limit) {
		return limit == null ? "its format's maximum" : limit.describe();
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2012-r2 }
				workload FS { memory 16 GB virtual-disk DATA 3 TB vhd }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2012-r2 }
				workload FS { memory 16 GB virtual-disk DATA 3 TB vhdx }
				""";
	}
}
