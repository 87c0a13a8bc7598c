package org.ddc.generate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.sizing.HostDesignSizing;
import org.ddc.analysis.sizing.HostSizing;
import org.ddc.model.DdcFactory;
import org.ddc.model.DdcModel;
import org.ddc.model.DdcPackage;
import org.ddc.model.Design;
import org.ddc.model.Element;
import org.ddc.model.HostDesign;
import org.ddc.model.Workload;
import org.ddc.model.WorkloadGroup;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Host counts the placement engine confirms: from the arithmetic bound ({@link SizingHostCount}) upward, one host at
 * a time in as many clusters as the bound asked for (more when a cluster would exceed the platform's nodes), until
 * the analysis's host sizing ({@link HostSizing}: every VM instance placed on the host design's clusters with
 * anti-affinity and the platform's per-host limits, N+k survival in every cluster) finds that the host design fits.
 * This is the sizing {@code ddc validate} checks (IPD-2-04, IPD-2-09, IPD-2-10, the per-host limit rules), so the
 * generated designs pass it by construction. The bound is seldom short: packing whole VMs and restarting them after
 * a host failure takes a host or two more where memory and CPU are both nearly full.
 *
 * <p>
 * The host design, its workloads and their groups are put into a design of their own for this, with a copy of the
 * design header: the objects themselves while no model contains them yet (the generator asks before it adds them
 * to its design), else copies. Either way the caller's objects are left as they were.
 */
final class PlacementHostCount implements HostCount {
	private final PlatformLimits limits;
	private final HostCount bound;

	PlacementHostCount(PlatformLimits limits) {
		this.limits = limits;
		this.bound = new SizingHostCount(limits);
	}

	@Override
	public Hosts of(HostDesign host, List<Workload> workloads, Design design) {
		Hosts hosts = bound.of(host, workloads, design);
		int clusters = ceil(hosts.quantity(), hosts.clusterSize());
		int most = 2 * hosts.quantity() + 16;
		try (Trial trial = new Trial(host, workloads, design)) {
			for (int quantity = hosts.quantity(); quantity <= most; quantity++) {
				int size = ceil(quantity, clusters);
				if (size > limits.clusterNodes()) {
					clusters++;
					size = ceil(quantity, clusters);
				}
				if (trial.fits(quantity, size)) {
					return new Hosts(quantity, size);
				}
			}
		}
		throw new IllegalStateException("no host count up to " + most + " places the VMs of " + host.getName());
	}

	private static int ceil(int value, int divisor) {
		return (value + divisor - 1) / divisor;
	}

	/** The host design with its workloads, their groups and a copy of the design header, as a design of their own. */
	private final class Trial implements AutoCloseable {
		private final DdcModel model = DdcFactory.eINSTANCE.createDdcModel();
		private final HostDesign original;
		private final HostDesign host;
		private final boolean borrowed;
		private final boolean quantitySet;
		private final int quantity;
		private final boolean clusterSizeSet;
		private final int clusterSize;
		private final DesignIndex index;

		Trial(HostDesign original, List<Workload> workloads, Design design) {
			this.original = original;
			this.quantitySet = original.eIsSet(DdcPackage.Literals.HOST_DESIGN__QUANTITY);
			this.quantity = original.getQuantity();
			this.clusterSizeSet = original.isSetClusterSize();
			this.clusterSize = original.getClusterSize();
			Set<Element> elements = new LinkedHashSet<>();
			elements.add(original);
			for (Workload workload : workloads) {
				if (workload.getGroup() != null) {
					elements.add(workload.getGroup());
				}
			}
			elements.addAll(workloads);
			model.getElements().add(EcoreUtil.copy(design));
			borrowed = elements.stream().allMatch(e -> e.eContainer() == null);
			if (borrowed) {
				model.getElements().addAll(elements);
				host = original;
			} else {
				EcoreUtil.Copier copier = new EcoreUtil.Copier();
				Collection<EObject> copies = copier.copyAll(new ArrayList<>(elements));
				copier.copyReferences();
				for (EObject copy : copies) {
					model.getElements().add((Element) copy);
				}
				host = (HostDesign) copier.get(original);
			}
			index = DesignIndex.of(List.of(model));
			for (WorkloadGroup group : index.all(WorkloadGroup.class)) {
				if (group.getHostDesign() != host) {
					close();
					throw new IllegalArgumentException("the workloads' groups run on " + original.getName() + " only");
				}
			}
		}

		/** True when every VM finds a host and every cluster survives its N+k. */
		boolean fits(int hosts, int size) {
			host.setQuantity(hosts);
			host.setClusterSize(size);
			HostDesignSizing sizing = HostSizing.of(index, limits.host()).of(host);
			return sizing.fits() && sizing.oversized().isEmpty();
		}

		/** Gives the borrowed objects back as they were: in no model, quantity and cluster size as before. */
		@Override
		public void close() {
			model.getElements().clear();
			if (borrowed) {
				if (quantitySet) {
					original.setQuantity(quantity);
				} else {
					original.eUnset(DdcPackage.Literals.HOST_DESIGN__QUANTITY);
				}
				if (clusterSizeSet) {
					original.setClusterSize(clusterSize);
				} else {
					original.unsetClusterSize();
				}
			}
		}
	}
}
