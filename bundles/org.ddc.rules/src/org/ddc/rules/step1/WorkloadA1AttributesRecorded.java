package org.ddc.rules.step1;

import java.util.ArrayList;
import java.util.List;

import org.ddc.model.DdcPackage;
import org.ddc.model.Workload;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-1-04 [completeness]: every workload records the Table A-1 values of L92–100: application, operating systems,
 * memory, CPU utilization, disk space, disk I/O, network subnets and throughput, isolation and fault tolerance.
 */
public final class WorkloadA1AttributesRecorded extends Rule {

	public WorkloadA1AttributesRecorded() {
		super("IPD-1-04");
	}

	@Override
	public void check(RuleContext context) {
		for (Workload workload : context.index().all(Workload.class)) {
			List<String> missing = new ArrayList<>();
			if (workload.getApplication() == null || workload.getApplication().isBlank()) {
				missing.add("application");
			}
			if (workload.getOperatingSystems().isEmpty()) {
				missing.add("os");
			}
			if (workload.getMemory() == null) {
				missing.add("memory");
			}
			if (workload.getCpu() == null) {
				missing.add("cpu");
			}
			if (workload.getDisk() == null) {
				missing.add("disk");
			}
			if (workload.getIops() == null) {
				missing.add("iops");
			}
			if (workload.getSubnets().isEmpty()) {
				missing.add("subnets");
			}
			if (workload.getThroughput() == null) {
				missing.add("throughput");
			}
			if (workload.getIsolation() == null && !workload.isSetIsolationRequired()) {
				missing.add("isolation");
			}
			if (!workload.isSetFaultToleranceRequired()) {
				missing.add("fault-tolerance");
			}
			if (!missing.isEmpty()) {
				context.report(workload, DdcPackage.Literals.ELEMENT__NAME, "workload " + workload.getName()
						+ " does not record " + String.join(", ", missing) + " (Table A-1): measure or estimate "
						+ (missing.size() == 1 ? "it" : "them") + " and add " + quoted(missing));
			}
		}
	}

	private static String quoted(List<String> keywords) {
		List<String> quoted = keywords.stream().map(k -> "'" + k + " …'").toList();
		return String.join(", ", quoted);
	}

	@Override
	public String firingExample() {
		return """
				workload APP-1 { application "Payroll" memory 8 GB cpu 5 % }
				""";
	}

	@Override
	public String passingExample() {
		return """
				subnet NET-APP { cidr "10.0.1.0/24" }
				workload APP-1 {
					application "Payroll"   os "Windows Server 2012 R2"
					memory 8 GB   cpu 5 %   disk 100 GB   iops 200 IOPS
					subnets NET-APP   throughput 100 Mbps   isolation none
					fault-tolerance not-required
				}
				""";
	}
}
