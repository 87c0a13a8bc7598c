package org.ddc.rules.step1;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.ddc.analysis.Demand;
import org.ddc.model.DdcPackage;
import org.ddc.model.Design;
import org.ddc.model.Workload;
import org.ddc.model.WorkloadKind;
import org.ddc.rules.Fix;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-1-05: the design says whether VDI workloads are in scope (L90), and says yes when an in-scope workload is a
 * virtual desktop (kind vdi-desktop, or only desktop operating systems such as the sample "Windows 7").
 */
public final class VdiScopeDeclared extends Rule {
	private static final Pattern DESKTOP_OS = Pattern.compile("\\bwindows\\s+(xp|vista|7|8|8\\.1|10|11)\\b");

	public VdiScopeDeclared() {
		super("IPD-1-05");
	}

	@Override
	public void check(RuleContext context) {
		Design design = context.design();
		if (design == null) {
			return;
		}
		List<Workload> desktops = context.index().all(Workload.class).stream()
				.filter(w -> Demand.inScope(w) && isDesktop(w)).toList();
		if (!design.isSetVdi()) {
			String value = desktops.isEmpty() ? "no" : "yes";
			context.report(design, DdcPackage.Literals.ELEMENT__NAME, "design " + design.getName()
					+ " does not say whether VDI workloads are in scope" + (desktops.isEmpty() ? ""
							: " (virtual desktops: " + MessageLists.names(desktops, 4) + ")")
					+ ": record it with 'vdi " + value + "' (the VDI roles of Step 3 depend on it)",
					Fix.set("vdi", value, "Declare 'vdi " + value + "'"));
		} else if (!design.isVdi() && !desktops.isEmpty()) {
			context.report(design, DdcPackage.Literals.DESIGN__VDI, "design " + design.getName()
					+ " says 'vdi no' but " + MessageLists.names(desktops, 4) + " "
					+ (desktops.size() == 1 ? "is a virtual desktop" : "are virtual desktops")
					+ ": set 'vdi yes' so that the VDI rules of Step 3 apply", Fix.set("vdi", "yes", "Declare 'vdi yes'"));
		}
	}

	/** A VDI desktop: declared as such, or every operating system it lists is a desktop OS. */
	static boolean isDesktop(Workload workload) {
		if (workload.getKind() == WorkloadKind.VDI_DESKTOP) {
			return true;
		}
		List<String> systems = workload.getOperatingSystems();
		return !systems.isEmpty() && systems.stream().allMatch(os -> {
			String text = os.toLowerCase(Locale.ROOT);
			return !text.contains("server") && DESKTOP_OS.matcher(text).find();
		});
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2012-r2 vdi no }
				workload DESKTOPS { os "Windows 7 Enterprise" instances 40 memory 2 GB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2012-r2 vdi yes }
				workload DESKTOPS { os "Windows 7 Enterprise" instances 40 memory 2 GB }
				""";
	}
}
