package org.ddc.rules.step3;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ddc.analysis.Demand;
import org.ddc.analysis.ManagementScope;
import org.ddc.model.DdcPackage;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.model.Workload;
import org.ddc.rules.Fix;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-3-02: management servers meet the service levels of the workloads (L211). When workloads require fault
 * tolerance, each service the running datacenter depends on (VMM, Operations Manager, the System Center
 * databases, the RD Connection Broker) runs on more than one server. Domain controllers and DNS have their own
 * rules (IPD-3-08, IPD-3-10).
 */
public final class ManagementServicesAreRedundant extends Rule {
	private static final Set<ManagementRole> SERVICES = EnumSet.of(ManagementRole.VMM, ManagementRole.OPS_MGR,
			ManagementRole.SQL_SERVER, ManagementRole.RD_CONNECTION_BROKER);

	public ManagementServicesAreRedundant() {
		super("IPD-3-02");
	}

	@Override
	public void check(RuleContext context) {
		List<String> faultTolerant = context.index().all(Workload.class).stream()
				.filter(w -> Demand.inScope(w) && w.isFaultToleranceRequired()).map(Workload::getName).toList();
		if (faultTolerant.isEmpty()) {
			return;
		}
		ManagementScope scope = ManagementScope.of(context.index());
		Map<ManagementServer, List<ManagementRole>> single = new IdentityHashMap<>();
		for (ManagementRole role : SERVICES) {
			List<ManagementServer> servers = context.index().serversWithRole(role);
			if (servers.size() == 1 && scope.serversWithRole(role) == 1) {
				single.computeIfAbsent(servers.get(0), s -> new ArrayList<>()).add(role);
			}
		}
		String workloads = MessageLists.join(faultTolerant, 3);
		for (ManagementServer server : context.index().all(ManagementServer.class)) {
			List<ManagementRole> roles = single.get(server);
			if (roles != null) {
				context.report(server, DdcPackage.Literals.MANAGEMENT_SERVER__ROLES,
						server.getRoles().indexOf(roles.get(0)), "management server " + server.getName()
								+ " is the only server for " + String.join(", ", roles.stream()
										.map(ManagementRole::getLiteral).toList())
								+ " while workloads require fault tolerance (" + workloads + "): management "
								+ "servers must meet the same service levels — set 'count 2' or add a second server "
								+ "with these roles",
						Fix.set("count", "2", "Run two of these servers"));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				workload APP-1 { memory 4 GB fault-tolerance required }
				management-server VMM-1 { roles vmm runs physical }
				""";
	}

	@Override
	public String passingExample() {
		return """
				workload APP-1 { memory 4 GB fault-tolerance required }
				management-server VMM-1 { roles vmm runs physical count 2 }
				""";
	}
}
