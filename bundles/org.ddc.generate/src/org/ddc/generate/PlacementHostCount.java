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
 * The host design, its workloads, their groups and the design header are copied into a design of their own for
 * this, so that the caller's model is left as it is.
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
		Trial trial = new Trial(host, workloads, design);
		int most = 2 * hosts.quantity() + 16;
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
		throw new IllegalStateException("no host count up to " + most + " places the VMs of " + host.getName());
	}

	private static int ceil(int value, int divisor) {
		return (value + divisor - 1) / divisor;
	}

	/** The host design with its workloads and design header, copied into a design of their own. */
	private final class Trial {
		private final HostDesign host;
		private final DesignIndex index;

		Trial(HostDesign original, List<Workload> workloads, Design design) {
			Set<Element> elements = new LinkedHashSet<>();
			elements.add(design);
			elements.add(original);
			for (Workload workload : workloads) {
				if (workload.getGroup() != null) {
					elements.add(workload.getGroup());
				}
			}
			elements.addAll(workloads);
			EcoreUtil.Copier copier = new EcoreUtil.Copier();
			Collection<EObject> copies = copier.copyAll(new ArrayList<>(elements));
			copier.copyReferences();
			DdcModel model = DdcFactory.eINSTANCE.createDdcModel();
			for (EObject copy : copies) {
				model.getElements().add((Element) copy);
			}
			this.host = (HostDesign) copier.get(original);
			this.index = DesignIndex.of(List.of(model));
			for (WorkloadGroup group : index.all(WorkloadGroup.class)) {
				if (group.getHostDesign() != host) {
					throw new IllegalArgumentException("the workloads' groups run on " + original.getName() + " only");
				}
			}
		}

		/** True when every VM finds a host and every cluster survives its N+k. */
		boolean fits(int quantity, int clusterSize) {
			host.setQuantity(quantity);
			host.setClusterSize(clusterSize);
			HostDesignSizing sizing = HostSizing.of(index, limits.host()).of(host);
			return sizing.fits() && sizing.oversized().isEmpty();
		}
	}
}
