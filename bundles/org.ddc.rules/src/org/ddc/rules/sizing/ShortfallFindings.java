package org.ddc.rules.sizing;

import java.util.OptionalInt;
import java.util.Set;

import org.ddc.analysis.Quantities;
import org.ddc.analysis.placement.Limit;
import org.ddc.analysis.placement.Vm;
import org.ddc.analysis.sizing.ClusterSizing;
import org.ddc.analysis.sizing.HostDesignSizing;
import org.ddc.analysis.sizing.HostDesignSizing.Clustering;
import org.ddc.analysis.sizing.Shortfall;
import org.ddc.analysis.sizing.SizingText;
import org.ddc.model.DdcPackage;
import org.ddc.model.Design;
import org.ddc.model.HostDesign;
import org.ddc.model.SizingPolicy;
import org.ddc.rules.Fix;
import org.ddc.rules.Places;
import org.ddc.rules.RuleContext;
import org.ddc.rules.limits.ScaleLimits;

/**
 * Reports the host designs (or declared clusters) whose hosts do not carry their VMs with N+k, for the rule that
 * owns the constraint that stops them. The text says how many hosts there are, how many the placement needs, what
 * binds and which VM finds no host (or cannot restart after which failure); the fix sets that count.
 */
public final class ShortfallFindings {
	private ShortfallFindings() {
	}

	/** Reports every shortfall whose limit is one of {@code owned}. */
	public static void report(RuleContext context, Set<Limit> owned) {
		for (HostDesignSizing sizing : context.analysis().hosts().hostDesigns()) {
			if (!sizing.planned() || sizing.fits()) {
				continue;
			}
			Shortfall shortfall = sizing.shortfall().orElse(null);
			if (shortfall == null || !owned.contains(shortfall.limit())) {
				continue;
			}
			if (sizing.clustering() == Clustering.DECLARED) {
				reportCluster(context, sizing, shortfall);
			} else {
				reportHostDesign(context, sizing, shortfall);
			}
		}
	}

	private static void reportHostDesign(RuleContext context, HostDesignSizing sizing, Shortfall shortfall) {
		HostDesign host = sizing.hostDesign();
		OptionalInt needed = sizing.quantityNeeded();
		String head = "host design " + host.getName() + " has " + Quantities.count(sizing.quantity(), "host") + " for "
				+ vmCount(sizing) + " " + conditions(context.design(), sizing.clusters().get(0));
		boolean set = host.eIsSet(DdcPackage.Literals.HOST_DESIGN__QUANTITY);
		var feature = set ? DdcPackage.Literals.HOST_DESIGN__QUANTITY : DdcPackage.Literals.ELEMENT__NAME;
		if (needed.isEmpty()) {
			context.report(host, feature, head + ": " + why(context, shortfall) + "; " + noCount(sizing));
			return;
		}
		int hosts = needed.getAsInt();
		context.report(host, feature, head + ": " + why(context, shortfall) + ". It needs " + Quantities.count(hosts, "host")
				+ bound(sizing) + ": set 'quantity " + hosts + "' or use larger hosts",
				Fix.set("quantity", String.valueOf(hosts), "Deploy " + hosts + " hosts"));
	}

	private static void reportCluster(RuleContext context, HostDesignSizing sizing, Shortfall shortfall) {
		ClusterSizing cluster = shortfall.cluster();
		OptionalInt needed = cluster.hostsNeeded();
		String head = "cluster " + cluster.name() + " of host design " + sizing.hostDesign().getName() + " has "
				+ Quantities.count(cluster.hosts().size(), "host") + " for " + Quantities.count(cluster.vms().size(),
						"VM") + " " + conditions(context.design(), cluster);
		if (needed.isEmpty()) {
			context.report(cluster.declared(), DdcPackage.Literals.CLUSTER__HOSTS, head + ": " + why(context, shortfall)
					+ "; no host count places them: check the VMs' anti-affinity and isolation");
			return;
		}
		int hosts = needed.getAsInt();
		int quantity = sizing.quantity() - cluster.hosts().size() + hosts;
		context.report(cluster.declared(), DdcPackage.Literals.CLUSTER__HOSTS, head + ": " + why(context, shortfall)
				+ ". It needs " + Quantities.count(hosts, "host") + ": set 'hosts " + hosts + "' and the host design's "
				+ "'quantity " + quantity + "', or use larger hosts",
				Fix.set("hosts", String.valueOf(hosts), "Give the cluster " + hosts + " hosts"));
	}

	private static String vmCount(HostDesignSizing sizing) {
		int fitting = sizing.vms().size() - sizing.oversized().size();
		return Quantities.count(fitting, "VM");
	}

	/** "(peak buffer and growth applied, N+1 per cluster)". */
	static String conditions(Design design, ClusterSizing cluster) {
		String headroom = SizingText.applied(design);
		String reserve = switch (cluster.reserveSource()) {
		case NOT_CLUSTERED -> "unclustered, so no failover reserve";
		case CLUSTER -> "N+" + cluster.reserve() + " as the cluster declares";
		case POLICY -> "N+" + cluster.reserve() + " per cluster from the policy";
		case GUIDE_MINIMUM -> "N+1 per cluster, the guide's minimum (" + Places.cite("000", 123)
				+ ") as the policy declares no failover-reserve";
		};
		return "(" + headroom + ", " + reserve + ")";
	}

	/** What stops the first VM: placement or restart after a failure. */
	static String why(RuleContext context, Shortfall shortfall) {
		Vm vm = shortfall.vm().vm();
		int others = shortfall.vmsAffected() - 1;
		if (shortfall.survival()) {
			return "when " + String.join(" and ", shortfall.failedHosts()) + " fail"
					+ (shortfall.failedHosts().size() == 1 ? "s" : "") + ", VM " + vm.id() + " " + demand(vm)
					+ " cannot restart on the other hosts" + (others > 0 ? ", nor can " + Quantities.count(others,
							"other VM", "other VMs") : "") + ": " + limitText(context, shortfall.limit());
		}
		return "VM " + vm.id() + " " + demand(vm) + " finds no host" + (others > 0 ? ", nor do "
				+ Quantities.count(others, "other VM", "other VMs") : "") + ": " + limitText(context, shortfall.limit());
	}

	private static String demand(Vm vm) {
		return "(" + Quantities.size(vm.memoryMb()) + (vm.cpuPercent() > 0 ? ", " + Quantities.percent(
				vm.cpuPercent()) + " CPU" : "") + ")";
	}

	/** The limit in words, a platform maximum with its value and citation. */
	public static String limitText(RuleContext context, Limit limit) {
		return switch (limit) {
		case MEMORY -> "not enough free memory";
		case CPU -> "not enough free CPU";
		case VM_COUNT -> "every host with room already runs " + platformMaximum(context,
				ScaleLimits.HOST_RUNNING_VMS);
		case VIRTUAL_PROCESSORS -> "every host with room already runs " + platformMaximum(context,
				ScaleLimits.HOST_VIRTUAL_PROCESSORS);
		case ANTI_AFFINITY -> "every host with room already runs an instance of the same load-balanced or clustered "
				+ "workload";
		case ISOLATION -> "every host with room runs VMs of another isolation domain";
		case NO_HOST -> "there is no host";
		};
	}

	/** "the 1,024 running VMs (seed 001 L1971) that hyperv-2012-r2 allows per host". */
	private static String platformMaximum(RuleContext context, String key) {
		ScaleLimits.Limit limit = context.limits().get(key, context.platform());
		return limit == null || limit.value() == null ? "the platform's maximum"
				: "the " + limit.describe() + " that " + context.platform().getLiteral() + " allows per host";
	}

	private static String bound(HostDesignSizing sizing) {
		if (sizing.clusters().size() != 1) {
			return " in " + Quantities.count(sizing.clusters().size(), "cluster") + " of up to "
					+ sizing.hostDesign().getClusterSize();
		}
		var bound = sizing.clusters().get(0).plan().bound();
		return bound.limit() == null ? "" : " (" + boundText(bound.limit()) + " sets the lower bound)";
	}

	private static String boundText(Limit limit) {
		return switch (limit) {
		case MEMORY -> "memory";
		case CPU -> "CPU";
		case VM_COUNT -> "the running VMs per host";
		case VIRTUAL_PROCESSORS -> "the virtual processors per host";
		case ANTI_AFFINITY -> "the largest anti-affinity set";
		case ISOLATION -> "the isolation domains";
		case NO_HOST -> "the lack of hosts";
		};
	}

	private static String noCount(HostDesignSizing sizing) {
		HostDesign host = sizing.hostDesign();
		ClusterSizing first = sizing.clusters().isEmpty() ? null : sizing.clusters().get(0);
		if (sizing.clustering() == Clustering.CLUSTER_SIZE && first != null
				&& host.getClusterSize() <= first.reserve()) {
			return "clusters of " + host.getClusterSize() + " hosts with N+" + first.reserve()
					+ " keep no host for VMs: raise 'cluster-size' above " + first.reserve();
		}
		java.util.Map<String, Integer> sets = new java.util.HashMap<>();
		sizing.vms().stream().map(vm -> vm.vm().antiAffinitySet()).filter(java.util.Objects::nonNull)
				.forEach(set -> sets.merge(set, 1, Integer::sum));
		var largest = sets.entrySet().stream().max(java.util.Map.Entry.<String, Integer>comparingByValue()
				.thenComparing(java.util.Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElse(null);
		if (sizing.clustering() == Clustering.CLUSTER_SIZE && first != null && largest != null
				&& largest.getValue() + first.reserve() > host.getClusterSize()) {
			int size = largest.getValue() + first.reserve();
			return "the " + largest.getValue() + " instances of " + largest.getKey() + " must run on different hosts "
					+ "also after N+" + first.reserve() + " failures, which takes clusters of at least " + size
					+ " hosts: set 'cluster-size " + size + "' or more";
		}
		return "no host count places them: check the VMs' anti-affinity and isolation";
	}

}
