package org.ddc.analysis.placement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Benchmark of the placement engine on a synthetic mix: 64,000 VM instances of 2–64 GB (a few of 128–256 GB), a
 * third of the workloads with 2–6 instances in an anti-affinity set, on hosts with 512 GB (508 GB usable), 800 % of
 * the reference CPU, 1,024 VMs and 2,048 virtual processors (about 3,100 hosts). Prints, for the mix split into
 * clusters of at most 64 hosts with N+1 and for the mix as one pool of hosts with N+1 and N+2: the lower bound, the
 * hosts the engine needs, the percentage above the bound, the same for first-fit decreasing (largest memory first,
 * each VM on the first host it fits, k empty hosts added per cluster), and the warm time of the whole plan —
 * placement, hosts needed and the survival verdict — after JIT warm-up runs; then the time for a 1,000-workload
 * design in clusters of at most 16 hosts.
 *
 * <p>Run it (after a build) with {@code releng/placement-benchmark [SEED]}, or
 * {@code java -cp bundles/org.ddc.analysis/target/classes org.ddc.analysis.placement.PlacementBenchmark [SEED]}.
 */
public final class PlacementBenchmark {
	static final double GB = 1024;
	static final Host HOST = new Host("template", 508 * GB, 800, 1024, 2048);
	private static final int[] SIZES_GB = { 2, 4, 6, 8, 12, 16, 24, 32, 48, 64 };
	private static final int[] WEIGHTS = { 5, 10, 5, 13, 8, 16, 9, 15, 7, 12 };
	private static final int[] LARGE_GB = { 128, 192, 256 };
	/** Share of workloads with 128–256 GB. */
	private static final double LARGE_SHARE = 0.004;
	/** CPU per GB of memory on average: CPU demand about 80 % of capacity when memory is full. */
	private static final double CPU_PER_GB = 0.8 * HOST.cpuPercent() / (HOST.memoryMb() / GB);

	private PlacementBenchmark() {
	}

	/** One workload of the mix: its instances (one VM each, an anti-affinity set when more than one). */
	record Workload(String name, List<Vm> instances) {
	}

	/** Workloads of the mix with at least {@code vms} instances in all (or exactly {@code workloads} workloads). */
	static List<Workload> generate(long seed, int vms, int workloads) {
		Random random = new Random(seed);
		List<Workload> result = new ArrayList<>();
		int total = 0;
		int weightSum = Arrays.stream(WEIGHTS).sum();
		while (workloads > 0 ? result.size() < workloads : total < vms) {
			String name = String.format(Locale.ROOT, "W%05d", result.size() + 1);
			int memoryGb;
			if (random.nextDouble() < LARGE_SHARE) {
				memoryGb = LARGE_GB[random.nextInt(LARGE_GB.length)];
			} else {
				int pick = random.nextInt(weightSum);
				int i = 0;
				while (pick >= WEIGHTS[i]) {
					pick -= WEIGHTS[i++];
				}
				memoryGb = SIZES_GB[i];
			}
			int instances = random.nextInt(3) == 0 ? 2 + random.nextInt(5) : 1;
			if (workloads == 0) {
				instances = Math.min(instances, vms - total);
			}
			// lognormal around the mean (clipped to 0.25–2.5), so some VMs are CPU-heavy for their memory; at most
			// half a host
			double factor = Math.clamp(Math.exp(random.nextGaussian() * 0.5 - 0.125), 0.25, 2.5);
			double cpu = Math.min(HOST.cpuPercent() / 2, Math.round(memoryGb * CPU_PER_GB * factor * 10) / 10.0);
			int vcpus = Math.min(32, Math.max(1, memoryGb / 8));
			List<Vm> list = new ArrayList<>();
			for (int j = 1; j <= instances; j++) {
				list.add(new Vm(name + "#" + j, memoryGb * GB, cpu, vcpus, instances > 1 ? name : null, null));
			}
			result.add(new Workload(name, list));
			total += instances;
		}
		return result;
	}

	/**
	 * Workloads dealt in order into clusters whose memory stays within {@code maxHosts - reserve - 1.5} hosts (a
	 * host and a half of headroom for packing), each with hosts as a designer would size it: ⌈memory / host⌉ + k.
	 */
	static List<Cluster> clusters(List<Workload> workloads, int maxHosts, int reserve) {
		List<Cluster> clusters = new ArrayList<>();
		double limit = (maxHosts - reserve - 1.5) * HOST.memoryMb();
		List<Vm> current = new ArrayList<>();
		double memory = 0;
		for (Workload workload : workloads) {
			double add = workload.instances().stream().mapToDouble(Vm::memoryMb).sum();
			if (memory + add > limit && !current.isEmpty()) {
				clusters.add(cluster(clusters.size() + 1, current, memory, reserve));
				current = new ArrayList<>();
				memory = 0;
			}
			current.addAll(workload.instances());
			memory += add;
		}
		if (!current.isEmpty()) {
			clusters.add(cluster(clusters.size() + 1, current, memory, reserve));
		}
		return clusters;
	}

	static Cluster pool(List<Workload> workloads, int reserve) {
		List<Vm> vms = new ArrayList<>();
		double memory = 0;
		for (Workload workload : workloads) {
			vms.addAll(workload.instances());
			memory += workload.instances().stream().mapToDouble(Vm::memoryMb).sum();
		}
		return cluster(0, vms, memory, reserve);
	}

	private static Cluster cluster(int number, List<Vm> vms, double memory, int reserve) {
		int count = (int) Math.ceil(memory / HOST.memoryMb()) + reserve;
		List<Host> hosts = new ArrayList<>(count);
		for (int i = 1; i <= count; i++) {
			hosts.add(HOST.withId(String.format(Locale.ROOT, "C%02d-H%04d", number, i)));
		}
		return new Cluster(String.format(Locale.ROOT, "C%02d", number), hosts, reserve, vms);
	}

	/**
	 * First-fit decreasing for comparison: VMs by memory, largest first (input order among equals), each on the
	 * first open host where it fits (all rules), a new host when there is none; plus the reserve as empty hosts.
	 */
	static int firstFitDecreasing(Cluster cluster) {
		List<Vm> vms = new ArrayList<>(cluster.vms());
		vms.sort(Comparator.comparingDouble(Vm::memoryMb).reversed());
		Host host = cluster.hosts().get(0);
		int n = vms.size();
		double[] memory = new double[n];
		double[] cpu = new double[n];
		int[] count = new int[n];
		int[] vcpus = new int[n];
		List<List<Vm>> members = new ArrayList<>();
		int open = 0;
		for (Vm vm : vms) {
			int target = -1;
			for (int h = 0; h < open && target < 0; h++) {
				if (memory[h] + vm.memoryMb() <= host.memoryMb() && cpu[h] + vm.cpuPercent() <= host.cpuPercent()
						&& count[h] + 1 <= host.maxVms() && vcpus[h] + vm.vcpus() <= host.maxVirtualProcessors()
						&& members.get(h).stream().noneMatch(o -> conflict(o, vm))) {
					target = h;
				}
			}
			if (target < 0) {
				target = open++;
				members.add(new ArrayList<>());
			}
			memory[target] += vm.memoryMb();
			cpu[target] += vm.cpuPercent();
			count[target]++;
			vcpus[target] += vm.vcpus();
			members.get(target).add(vm);
		}
		return open + cluster.reserve();
	}

	private static boolean conflict(Vm a, Vm b) {
		return (a.antiAffinitySet() != null && a.antiAffinitySet().equals(b.antiAffinitySet()))
				|| !String.valueOf(a.isolationDomain()).equals(String.valueOf(b.isolationDomain()));
	}

	/** Runs the engine on the clusters {@code warmUp} times, then {@code runs} timed times; min and median ms. */
	static double[] time(List<Cluster> clusters, int warmUp, int runs) {
		for (int i = 0; i < warmUp; i++) {
			PlacementEngine.plan(clusters);
		}
		double[] ms = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			PlacementEngine.plan(clusters);
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(ms);
		return new double[] { ms[0], ms[runs / 2] };
	}

	private static void report(String title, List<Cluster> clusters, int warmUp, int runs) {
		List<ClusterPlan> plans = PlacementEngine.plan(clusters);
		long bound = 0;
		long needed = 0;
		long ffd = 0;
		int vms = 0;
		int atBound = 0;
		String coverage = "";
		boolean survives = true;
		for (int i = 0; i < plans.size(); i++) {
			ClusterPlan plan = plans.get(i);
			bound += plan.bound().hosts();
			needed += plan.hostsNeeded().orElseThrow();
			atBound += plan.hostsNeeded().getAsInt() == plan.bound().hosts() ? 1 : 0;
			ffd += firstFitDecreasing(clusters.get(i));
			vms += clusters.get(i).vms().size();
			coverage = plan.survival().coverage().toString();
			survives &= plan.hostsNeeded().getAsInt() > clusters.get(i).hosts().size() || plan.survival().holds();
		}
		double[] ms = time(clusters, warmUp, runs);
		System.out.printf(Locale.ROOT, "%s: %,d VMs, %d cluster(s), N+%d%n", title, vms, clusters.size(),
				clusters.get(0).reserve());
		System.out.printf(Locale.ROOT, "  lower bound %,d hosts (reserve included), %d of %d cluster(s) at the bound%n",
				bound, atBound, clusters.size());
		System.out.printf(Locale.ROOT, "  ddc                     %,d hosts  %+.2f %% above the bound%n", needed,
				100.0 * (needed - bound) / bound);
		System.out.printf(Locale.ROOT, "  first-fit decreasing    %,d hosts  %+.2f %% above the bound%n", ffd,
				100.0 * (ffd - bound) / bound);
		System.out.printf(Locale.ROOT,
				"  placement + hosts needed + survival, warm: min %.0f ms, median %.0f ms (%d runs after %d)"
						+ " [survival coverage %s%s]%n",
				ms[0], ms[1], runs, warmUp, coverage, survives ? "" : "; A GIVEN HOST COUNT DID NOT SURVIVE");
	}

	public static void main(String[] args) {
		long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
		System.out.printf(Locale.ROOT, "placement benchmark, seed %d, %d processors, %s%n", seed,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
		List<Workload> mix = generate(seed, 64_000, 0);
		report("clusters of at most 64 hosts", clusters(mix, 64, 1), 20, 11);
		report("one pool of hosts", List.of(pool(mix, 1)), 10, 7);
		report("one pool of hosts", List.of(pool(mix, 2)), 10, 7);
		List<Workload> small = generate(seed, 0, 1000);
		List<Cluster> design = clusters(small, 16, 1);
		double[] ms = time(design, 300, 51);
		System.out.printf(Locale.ROOT,
				"1,000 workloads (%,d VMs) in %d clusters of at most 16 hosts, N+1: warm min %.1f ms, median %.1f ms%n",
				design.stream().mapToInt(c -> c.vms().size()).sum(), design.size(), ms[0], ms[1]);
	}
}
