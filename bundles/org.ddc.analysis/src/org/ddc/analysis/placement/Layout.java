package org.ddc.analysis.placement;

import java.util.Arrays;

/**
 * A mutable assignment of an instance's VMs to the first {@code size} hosts of its host sequence, with each host's
 * load, isolation domain and VMs, and a segment tree over free memory for first-fit queries in O(log hosts).
 * Hosts can be marked down (failed): they take nothing and are skipped by queries.
 */
final class Layout {
	/** Fitting hosts examined for a balanced one before taking the first that fits. */
	private static final int BALANCE_LOOKAHEAD = 64;
	final Instance in;
	/** The order VMs are placed in (and re-placed in after a failure). */
	final Instance.Order order;
	final int size;
	final double[] capMemory;
	final double[] capCpu;
	final int[] capCount;
	final int[] capVp;
	final double[] useMemory;
	final double[] useCpu;
	final int[] useCount;
	final int[] useVp;
	/** Isolation domain of each host's VMs, -1 when it has none. */
	final int[] hostDomain;
	/** Host of each VM, -1 when unplaced. */
	final int[] hostOf;
	/** The VMs on each host (first {@code useCount[h]} entries). */
	final int[][] vmsOn;
	/** Position of each VM in its host's {@link #vmsOn} row. */
	private final int[] slot;
	final boolean[] down;
	private final int leaves;
	/** Max over a subtree of free memory (with tolerance); -infinity for hosts that are down or absent. */
	private final double[] tree;
	/** The same for free CPU (+infinity when CPU is not checked). */
	private final double[] treeCpu;

	Layout(Instance in, Instance.Order order, int size) {
		this.in = in;
		this.order = order;
		this.size = size;
		capMemory = new double[size];
		capCpu = new double[size];
		capCount = new int[size];
		capVp = new int[size];
		for (int h = 0; h < size; h++) {
			Host host = in.host(h);
			capMemory[h] = host.memoryMb();
			capCpu[h] = in.cpuChecked ? host.cpuPercent() : Double.POSITIVE_INFINITY;
			capCount[h] = host.maxVms();
			capVp[h] = host.maxVirtualProcessors();
		}
		useMemory = new double[size];
		useCpu = new double[size];
		useCount = new int[size];
		useVp = new int[size];
		hostDomain = new int[size];
		Arrays.fill(hostDomain, -1);
		hostOf = new int[in.vmCount];
		Arrays.fill(hostOf, -1);
		vmsOn = new int[size][];
		Arrays.fill(vmsOn, new int[0]);
		slot = new int[in.vmCount];
		down = new boolean[size];
		int n = 1;
		while (n < size) {
			n <<= 1;
		}
		leaves = n;
		tree = new double[2 * n];
		treeCpu = new double[2 * n];
		buildTree();
	}

	private void buildTree() {
		Arrays.fill(tree, Double.NEGATIVE_INFINITY);
		Arrays.fill(treeCpu, Double.NEGATIVE_INFINITY);
		for (int h = 0; h < size; h++) {
			tree[leaves + h] = free(h);
			treeCpu[leaves + h] = freeCpu(h);
		}
		for (int i = leaves - 1; i >= 1; i--) {
			tree[i] = Math.max(tree[2 * i], tree[2 * i + 1]);
			treeCpu[i] = Math.max(treeCpu[2 * i], treeCpu[2 * i + 1]);
		}
	}

	/** A copy with {@code newSize} hosts (more: the new ones empty; fewer: only if those hosts are empty). */
	Layout resized(int newSize) {
		Layout copy = new Layout(in, order, newSize);
		int common = Math.min(size, newSize);
		for (int h = newSize; h < size; h++) {
			if (useCount[h] > 0) {
				throw new IllegalArgumentException("host " + h + " is not empty");
			}
		}
		System.arraycopy(useMemory, 0, copy.useMemory, 0, common);
		System.arraycopy(useCpu, 0, copy.useCpu, 0, common);
		System.arraycopy(useCount, 0, copy.useCount, 0, common);
		System.arraycopy(useVp, 0, copy.useVp, 0, common);
		System.arraycopy(hostDomain, 0, copy.hostDomain, 0, common);
		System.arraycopy(down, 0, copy.down, 0, common);
		for (int h = 0; h < common; h++) {
			if (useCount[h] > 0) {
				copy.vmsOn[h] = vmsOn[h].clone();
			}
		}
		System.arraycopy(hostOf, 0, copy.hostOf, 0, in.vmCount);
		System.arraycopy(slot, 0, copy.slot, 0, in.vmCount);
		copy.buildTree();
		return copy;
	}

	/** Memory still free on a host, plus the tolerance: what a VM's memory is compared with. */
	private double free(int h) {
		return down[h] ? Double.NEGATIVE_INFINITY : PlacementEngine.allowance(capMemory[h]) - useMemory[h];
	}

	private double freeCpu(int h) {
		return down[h] ? Double.NEGATIVE_INFINITY : PlacementEngine.allowance(capCpu[h]) - useCpu[h];
	}

	private void update(int h) {
		int i = leaves + h;
		tree[i] = free(h);
		treeCpu[i] = freeCpu(h);
		for (i >>= 1; i >= 1; i >>= 1) {
			tree[i] = Math.max(tree[2 * i], tree[2 * i + 1]);
			treeCpu[i] = Math.max(treeCpu[2 * i], treeCpu[2 * i + 1]);
		}
	}

	/** Whether VM {@code v} may join host {@code h} now. */
	boolean fits(int v, int h) {
		return !down[h] && (hostDomain[h] < 0 || hostDomain[h] == in.domain[v])
				&& useMemory[h] + in.memory[v] <= PlacementEngine.allowance(capMemory[h])
				&& useCpu[h] + in.cpu[v] <= PlacementEngine.allowance(capCpu[h])
				&& useCount[h] < capCount[h] && (long) useVp[h] + in.vcpus[v] <= capVp[h]
				&& !setMemberOn(v, h);
	}

	/** Whether another member of v's anti-affinity set runs on host h. */
	boolean setMemberOn(int v, int h) {
		int s = in.set[v];
		if (s < 0) {
			return false;
		}
		for (int w : in.setMembers[s]) {
			if (w != v && hostOf[w] == h) {
				return true;
			}
		}
		return false;
	}

	/** The first host at or after {@code from} that VM v fits, or -1. */
	int firstFit(int v, int from) {
		double memory = in.memory[v];
		double cpu = in.cpu[v];
		int h = find(from, memory, cpu);
		while (h >= 0 && !fits(v, h)) {
			h = find(h + 1, memory, cpu);
		}
		return h;
	}

	/**
	 * The first host that VM v fits and that stays in proportion with it (see {@link #imbalance}), looking at the
	 * first {@value #BALANCE_LOOKAHEAD} hosts it fits; failing that, the first host it fits; -1 when there is none.
	 */
	int balancedFit(int v) {
		if (in.cpuToMemory <= 0) {
			return firstFit(v, 0);
		}
		int first = -1;
		int fitting = 0;
		double memory = in.memory[v];
		double cpu = in.cpu[v];
		for (int h = find(0, memory, cpu); h >= 0 && fitting < BALANCE_LOOKAHEAD; h = find(h + 1, memory, cpu)) {
			if (fits(v, h)) {
				if (imbalance(useMemory[h] + memory, useCpu[h] + cpu, h) <= 0) {
					return h;
				}
				first = first < 0 ? h : first;
				fitting++;
			}
		}
		return first;
	}

	/**
	 * How far host h with the given load is from being fillable with VMs of the cluster's average CPU-to-memory
	 * ratio ρ; at most 0 when it is. When memory binds (ρ ≤ 1) its free CPU share should be at least ρ × its free
	 * memory share (so CPU does not run out while memory is left): the shortfall; when CPU binds, the reverse.
	 * Shares are of the host's capacity.
	 */
	private double imbalance(double memoryLoad, double cpuLoad, int h) {
		double memory = memoryLoad / capMemory[h];
		double cpu = cpuLoad / capCpu[h];
		double rho = in.cpuToMemory;
		return rho <= 1 ? rho * (1 - memory) - (1 - cpu) : (1 - cpu) / rho - (1 - memory);
	}

	/** The first host at or after {@code from} that is up and has at least {@code need} MB free, or -1. */
	int nextWithFree(int from, double need) {
		return find(from, need, Double.NEGATIVE_INFINITY);
	}

	/** The first host at or after {@code from} that is up and has the memory and CPU free, or -1. */
	private int find(int from, double memory, double cpu) {
		if (from >= size) {
			return -1;
		}
		return find(1, 0, leaves, from, memory, cpu);
	}

	private int find(int node, int lo, int hi, int from, double memory, double cpu) {
		if (hi <= from || tree[node] < memory || treeCpu[node] < cpu) {
			return -1;
		}
		if (hi - lo == 1) {
			return lo;
		}
		int mid = (lo + hi) >>> 1;
		int found = find(2 * node, lo, mid, from, memory, cpu);
		return found >= 0 ? found : find(2 * node + 1, mid, hi, from, memory, cpu);
	}

	void place(int v, int h) {
		useMemory[h] += in.memory[v];
		useCpu[h] += in.cpu[v];
		useVp[h] += in.vcpus[v];
		int[] row = vmsOn[h];
		if (useCount[h] == row.length) {
			row = Arrays.copyOf(row, Math.max(4, row.length * 2));
			vmsOn[h] = row;
		}
		slot[v] = useCount[h];
		row[useCount[h]++] = v;

		hostOf[v] = h;
		hostDomain[h] = in.domain[v];
		update(h);
	}

	void remove(int v) {
		int h = hostOf[v];
		useMemory[h] -= in.memory[v];
		useCpu[h] -= in.cpu[v];
		useVp[h] -= in.vcpus[v];
		int[] row = vmsOn[h];
		int last = row[--useCount[h]];
		row[slot[v]] = last;
		slot[last] = slot[v];
		hostOf[v] = -1;
		if (useCount[h] == 0) {
			hostDomain[h] = -1;
			useMemory[h] = 0;
			useCpu[h] = 0;
		}
		update(h);
	}

	void setDown(int h, boolean isDown) {
		down[h] = isDown;
		update(h);
	}

	/** Hosts that carry at least one VM. */
	int loadedHosts() {
		int loaded = 0;
		for (int h = 0; h < size; h++) {
			if (useCount[h] > 0) {
				loaded++;
			}
		}
		return loaded;
	}

	/**
	 * Why VM v fits no host that is up: isolation or anti-affinity when they rule out every host; otherwise the
	 * first resource (memory, CPU, VM count, virtual processors) that no allowed host has enough of; otherwise (each
	 * resource is available somewhere, but not together) the first resource missing on the allowed host with the
	 * most free memory.
	 */
	Limit reason(int v) {
		boolean anyUp = false;
		boolean anyDomain = false;
		double maxMemory = Double.NEGATIVE_INFINITY;
		double maxCpu = Double.NEGATIVE_INFINITY;
		long maxCount = Long.MIN_VALUE;
		long maxVp = Long.MIN_VALUE;
		int roomiest = -1;
		for (int h = 0; h < size; h++) {
			if (down[h]) {
				continue;
			}
			anyUp = true;
			if (hostDomain[h] >= 0 && hostDomain[h] != in.domain[v]) {
				continue;
			}
			anyDomain = true;
			if (setMemberOn(v, h)) {
				continue;
			}
			double freeMemory = PlacementEngine.allowance(capMemory[h]) - useMemory[h];
			if (roomiest < 0 || freeMemory > maxMemory) {
				roomiest = h;
			}
			maxMemory = Math.max(maxMemory, freeMemory);
			maxCpu = Math.max(maxCpu, PlacementEngine.allowance(capCpu[h]) - useCpu[h]);
			maxCount = Math.max(maxCount, (long) capCount[h] - useCount[h]);
			maxVp = Math.max(maxVp, (long) capVp[h] - useVp[h]);
		}
		if (!anyUp) {
			return Limit.NO_HOST;
		}
		if (!anyDomain) {
			return Limit.ISOLATION;
		}
		if (roomiest < 0) {
			return Limit.ANTI_AFFINITY;
		}
		if (maxMemory < in.memory[v]) {
			return Limit.MEMORY;
		}
		if (maxCpu < in.cpu[v]) {
			return Limit.CPU;
		}
		if (maxCount < 1) {
			return Limit.VM_COUNT;
		}
		if (maxVp < in.vcpus[v]) {
			return Limit.VIRTUAL_PROCESSORS;
		}
		int h = roomiest;
		if (useMemory[h] + in.memory[v] > PlacementEngine.allowance(capMemory[h])) {
			return Limit.MEMORY;
		}
		if (useCpu[h] + in.cpu[v] > PlacementEngine.allowance(capCpu[h])) {
			return Limit.CPU;
		}
		if (useCount[h] >= capCount[h]) {
			return Limit.VM_COUNT;
		}
		return Limit.VIRTUAL_PROCESSORS;
	}
}
