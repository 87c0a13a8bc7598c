package org.ddc.analysis.placement;

import java.util.Arrays;

import org.ddc.analysis.placement.ClusterPlan.Bound;

/**
 * The lower bound on hosts (see {@link PlacementEngine}). Resources are memory, CPU (when checked), VM count and
 * virtual processors; "unlimited" counts are large finite numbers here, so sums stay finite.
 */
final class LowerBound {
	private static final Limit[] RESOURCES = { Limit.MEMORY, Limit.CPU, Limit.VM_COUNT, Limit.VIRTUAL_PROCESSORS };

	private LowerBound() {
	}

	static Bound of(Instance in, boolean[] possible, int reserve, int maxHosts) {
		int domains = in.domainCount;
		double[] demand = new double[4];
		double[][] domainDemand = new double[domains][4];
		boolean any = false;
		for (int v = 0; v < in.vmCount; v++) {
			if (possible[v]) {
				any = true;
				double[] d = { in.memory[v], in.cpu[v], 1, in.vcpus[v] };
				for (int r = 0; r < 4; r++) {
					demand[r] += d[r];
					domainDemand[in.domain[v]][r] += d[r];
				}
			}
		}
		if (!any) {
			return new Bound(0, 0, null);
		}
		double[] maxCapacity = new double[4];
		for (Host host : in.hosts) {
			double[] c = capacity(in, host);
			for (int r = 0; r < 4; r++) {
				maxCapacity[r] = Math.max(maxCapacity[r], c[r]);
			}
		}
		// the largest anti-affinity set, overall and per domain (members that can be placed at all)
		int[] largestSetIn = new int[domains];
		int largestSet = 0;
		for (int[] members : in.setMembers) {
			int[] perDomain = new int[domains];
			for (int v : members) {
				if (possible[v]) {
					perDomain[in.domain[v]]++;
				}
			}
			for (int d = 0; d < domains; d++) {
				largestSetIn[d] = Math.max(largestSetIn[d], perDomain[d]);
				largestSet = Math.max(largestSet, perDomain[d]);
			}
		}
		// each domain needs hosts of its own: at least its demand over the largest host, and its largest set
		long domainTerm = 0;
		for (int d = 0; d < domains; d++) {
			if (domainDemand[d][2] == 0) {
				continue;
			}
			long need = Math.max(1, largestSetIn[d]);
			for (int r = 0; r < 4; r++) {
				need = Math.max(need, ceilDiv(domainDemand[d][r], maxCapacity[r], maxHosts));
			}
			domainTerm += need;
		}
		// pooled capacity of the first n hosts of the sequence; with the reserve, less the k largest
		int[] byResource = new int[4];
		Arrays.fill(byResource, -1);
		int pooled = -1;
		int pooledReserve = -1;
		double[] sum = new double[4];
		double[][] largest = new double[4][reserve];
		for (int n = 1; n <= maxHosts && (pooled < 0 || pooledReserve < 0); n++) {
			double[] c = capacity(in, in.host(n - 1));
			boolean all = true;
			boolean allReserve = true;
			for (int r = 0; r < 4; r++) {
				sum[r] += c[r];
				insertLargest(largest[r], c[r]);
				boolean enough = PlacementEngine.allowance(sum[r]) >= demand[r];
				if (enough && byResource[r] < 0) {
					byResource[r] = n;
				}
				all &= enough;
				allReserve &= PlacementEngine.allowance(sum[r] - total(largest[r])) >= demand[r];
			}
			if (all && pooled < 0) {
				pooled = n;
			}
			if (allReserve && n > reserve && pooledReserve < 0) {
				pooledReserve = n;
			}
		}
		if (pooled < 0) {
			pooled = maxHosts;
		}
		if (pooledReserve < 0) {
			pooledReserve = maxHosts + reserve;
		}
		long before = Math.max(pooled, Math.max(largestSet, domainTerm));
		Limit limit = null;
		for (int r = 0; r < 4 && limit == null; r++) {
			if (byResource[r] == before || (byResource[r] < 0 && pooled == before)) {
				limit = RESOURCES[r];
			}
		}
		if (limit == null) {
			limit = largestSet == before ? Limit.ANTI_AFFINITY : Limit.ISOLATION;
		}
		long with = Math.max(pooledReserve, before + reserve);
		return new Bound((int) Math.min(Integer.MAX_VALUE, with), (int) before, limit);
	}

	/** Memory, CPU (0 demand and huge capacity when not checked), VM count, virtual processors of one host. */
	private static double[] capacity(Instance in, Host host) {
		return new double[] { host.memoryMb(), in.cpuChecked ? host.cpuPercent() : Host.UNLIMITED, host.maxVms(),
				host.maxVirtualProcessors() };
	}

	private static long ceilDiv(double demand, double capacity, int maxHosts) {
		if (demand <= 0) {
			return 0;
		}
		if (capacity <= 0) {
			return maxHosts;
		}
		return (long) Math.ceil(demand / PlacementEngine.allowance(capacity));
	}

	/** Keeps the k largest values seen in {@code largest} (k = its length). */
	private static void insertLargest(double[] largest, double value) {
		int min = -1;
		for (int i = 0; i < largest.length; i++) {
			if (min < 0 || largest[i] < largest[min]) {
				min = i;
			}
		}
		if (min >= 0 && value > largest[min]) {
			largest[min] = value;
		}
	}

	private static double total(double[] values) {
		double t = 0;
		for (double v : values) {
			t += v;
		}
		return t;
	}
}
