package org.ddc.rules.step1;

import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.sizing.SizingText;
import java.util.HashSet;
import java.util.Set;

import org.ddc.analysis.placement.Vm;
import org.ddc.analysis.sizing.HostDesignSizing;
import org.ddc.analysis.sizing.HostDesignSizing.Oversized;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import org.ddc.analysis.Quantities;
import org.ddc.analysis.Demand;
import org.ddc.analysis.Sizing;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.Workload;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-1-03: the largest single workload sets the minimum host size (L90). One instance (a VM) cannot span hosts,
 * so its memory and CPU with the policy's peak buffer and growth, and its virtual processors, must fit one host of
 * its group's host design: the VMs the analysis finds too large for any host (workloads and virtual management
 * servers, once each), and vCPUs beyond a host's logical processors.
 */
public final class LargestWorkloadFitsOneHost extends Rule {

	public LargestWorkloadFitsOneHost() {
		super("IPD-1-03");
	}

	@Override
	public void check(RuleContext context) {
		double headroom = Sizing.headroom(context.design());
		String applied = headroom > 1 ? " with " + SizingText.applied(context.design()) : "";
		for (HostDesignSizing sizing : context.analysis().hosts().hostDesigns()) {
			HostDesign host = sizing.hostDesign();
			Set<EObject> reported = new HashSet<>();
			for (Oversized oversized : sizing.oversized()) {
				EObject source = oversized.vm().source();
				if (!reported.add(source)) {
					continue;
				}
				Vm vm = oversized.vm().vm();
				String what = (source instanceof Workload ? "workload " : "management server ")
						+ ((org.ddc.model.Element) source).getName();
				switch (oversized.limit()) {
				case MEMORY -> context.report(source, memoryFeature(source), what + " needs "
						+ Quantities.size(vm.memoryMb()) + " per instance" + applied + " but one host of "
						+ host.getName() + " offers " + Quantities.size(Sizing.usableMemoryMb(host, context.design()))
						+ " to virtual machines (" + host.getMemory() + " less "
						+ Quantities.size(Sizing.hostReserveMb(context.design())) + " for the parent partition): a VM "
						+ "cannot span hosts — use hosts with more memory or split the workload");
				case CPU -> context.report(source, cpuFeature(source), what + " needs "
						+ Quantities.percent(vm.cpuPercent()) + " of the reference CPU per instance" + applied
						+ " but one host of " + host.getName() + " offers "
						+ Quantities.percent(Sizing.cpuCapacityPercent(host, context.design()))
						+ ": use hosts with more or faster cores or split the workload");
				default -> context.report(source, null, what + " has " + vm.vcpus() + " virtual processors per "
						+ "instance but " + context.platform().getLiteral() + " runs at most "
						+ context.analysis().hostLimits().virtualProcessors() + " per host: reduce its vCPUs");
				}
			}
		}
		for (Workload workload : context.index().all(Workload.class)) {
			HostDesign host = DesignIndex.hostDesignOf(workload);
			if (host == null || !Demand.inScope(workload)) {
				continue;
			}
			int logical = Sizing.logicalProcessors(host);
			if (workload.isSetVcpus() && logical > 0 && workload.getVcpus() > logical) {
				context.report(workload, DdcPackage.Literals.WORKLOAD__VCPUS, "workload " + workload.getName()
						+ " has " + workload.getVcpus() + " virtual processors but one host of " + host.getName()
						+ " has " + logical + " logical processors: reduce the vCPUs or use larger hosts");
			}
		}
	}

	private static EStructuralFeature memoryFeature(EObject source) {
		return source instanceof Workload ? DdcPackage.Literals.WORKLOAD__MEMORY
				: DdcPackage.Literals.MANAGEMENT_SERVER__MEMORY;
	}

	private static EStructuralFeature cpuFeature(EObject source) {
		return source instanceof Workload ? DdcPackage.Literals.WORKLOAD__CPU : DdcPackage.Literals.MANAGEMENT_SERVER__CPU;
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2012-r2 }
				host-design H { quantity 2 memory 128 GB cpu 2 x 8 cores 2.6 GHz }
				workload-group G { host-design H }
				workload SQL-1 { memory 192 GB group G }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2012-r2 }
				host-design H { quantity 2 memory 256 GB cpu 2 x 8 cores 2.6 GHz }
				workload-group G { host-design H }
				workload SQL-1 { memory 192 GB group G }
				""";
	}
}
