package org.ddc.cli.analyze;

import java.io.PrintWriter;
import java.util.List;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.Sizing;
import org.ddc.analysis.failure.Component;
import org.ddc.analysis.failure.Impact;
import org.ddc.analysis.placement.ClusterPlan;
import org.ddc.analysis.placement.ClusterPlan.HostLoad;
import org.ddc.analysis.placement.ClusterPlan.VmPlacement;
import org.ddc.analysis.placement.Survival;
import org.ddc.analysis.sizing.ClusterSizing;
import org.ddc.analysis.sizing.ClusterSizing.Headroom;
import org.ddc.analysis.sizing.HostDesignSizing;
import org.ddc.analysis.sizing.HostDesignSizing.Oversized;
import org.ddc.analysis.sizing.VmInstance;
import org.ddc.cli.TerminalText;
import org.ddc.cli.validate.Summary;
import org.ddc.model.Design;
import org.ddc.model.Element;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The analysis as JSON: every host with its capacity and load, every VM instance with its demand and host, so that
 * anyone can re-check the placement. Memory in MB, CPU in percent of the reference processor (null when unknown).
 */
final class AnalysisJson {
	private AnalysisJson() {
	}

	static void write(List<DesignAnalysis> analyses, List<List<Component>> failing, Summary summary,
			PrintWriter out) {
		JsonObject root = new JsonObject();
		JsonArray designs = new JsonArray();
		for (int i = 0; i < analyses.size(); i++) {
			JsonObject design = design(analyses.get(i));
			JsonArray spofs = new JsonArray();
			analyses.get(i).failures().singlePointsOfFailure().forEach(impact -> spofs.add(impact(impact)));
			design.add("singlePointsOfFailure", spofs);
			if (!failing.get(i).isEmpty()) {
				design.add("whatIf", impact(analyses.get(i).failures().impact(failing.get(i))));
			}
			designs.add(design);
		}
		root.add("designs", designs);
		JsonObject counts = new JsonObject();
		counts.addProperty("errors", summary.errors());
		counts.addProperty("warnings", summary.warnings());
		counts.addProperty("infos", summary.infos());
		counts.addProperty("notChecked", summary.notChecked());
		root.add("findings", counts);
		out.println(TerminalText.escapeJson(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
				.serializeSpecialFloatingPointValues().create().toJson(root)));
	}

	private static JsonObject design(DesignAnalysis analysis) {
		Design design = analysis.index().design();
		JsonObject object = new JsonObject();
		object.addProperty("name", design != null ? design.getName() : null);
		object.addProperty("platform", analysis.index().platform() != null ? analysis.index().platform().getLiteral()
				: null);
		object.addProperty("headroomFactor", Sizing.headroom(design));
		object.addProperty("hostReserveMb", Sizing.hostReserveMb(design));
		JsonObject limits = new JsonObject();
		limits.add("runningVmsPerHost", count(analysis.hostLimits().runningVms()));
		limits.add("virtualProcessorsPerHost", count(analysis.hostLimits().virtualProcessors()));
		object.add("hostLimits", limits);
		JsonArray hostDesigns = new JsonArray();
		analysis.hosts().hostDesigns().forEach(sizing -> hostDesigns.add(hostDesign(sizing)));
		object.add("hostDesigns", hostDesigns);
		return object;
	}

	private static JsonObject hostDesign(HostDesignSizing sizing) {
		JsonObject object = new JsonObject();
		object.addProperty("name", sizing.hostDesign().getName());
		object.addProperty("clustering", sizing.clustering().name().toLowerCase(java.util.Locale.ROOT));
		object.addProperty("hostsDeclared", sizing.quantity());
		object.add("hostsNeeded", sizing.quantityNeeded().isPresent()
				? new JsonPrimitive(sizing.quantityNeeded().getAsInt()) : JsonNull.INSTANCE);
		object.addProperty("planned", sizing.planned());
		if (!sizing.planned()) {
			object.addProperty("notPlanned", sizing.notPlanned());
		}
		object.addProperty("fits", sizing.fits());
		sizing.shortfall().ifPresent(shortfall -> {
			JsonObject item = new JsonObject();
			item.addProperty("cluster", shortfall.cluster().name());
			item.addProperty("vm", shortfall.vm().id());
			item.addProperty("limit", shortfall.limit().name());
			JsonArray failed = new JsonArray();
			shortfall.failedHosts().forEach(failed::add);
			item.add("failedHosts", failed);
			item.addProperty("vmsAffected", shortfall.vmsAffected());
			object.add("shortfall", item);
		});
		JsonArray clusters = new JsonArray();
		sizing.clusters().forEach(cluster -> clusters.add(cluster(cluster)));
		object.add("clusters", clusters);
		JsonArray oversized = new JsonArray();
		for (Oversized vm : sizing.oversized()) {
			JsonObject item = vm(vm.vm());
			item.addProperty("limit", vm.limit().name());
			oversized.add(item);
		}
		object.add("oversized", oversized);
		return object;
	}

	private static JsonObject cluster(ClusterSizing cluster) {
		ClusterPlan plan = cluster.plan();
		JsonObject object = new JsonObject();
		object.addProperty("name", cluster.name());
		object.addProperty("declared", cluster.declared() != null);
		object.addProperty("reserve", cluster.reserve());
		object.addProperty("reserveSource", cluster.reserveSource().name());
		object.addProperty("cpuChecked", plan.cpuChecked());
		JsonObject bound = new JsonObject();
		bound.addProperty("hosts", plan.bound().hosts());
		bound.addProperty("hostsBeforeReserve", plan.bound().hostsBeforeReserve());
		bound.addProperty("limit", plan.bound().limit() != null ? plan.bound().limit().name() : null);
		object.add("lowerBound", bound);
		object.add("hostsNeeded", plan.hostsNeeded().isPresent() ? new JsonPrimitive(plan.hostsNeeded().getAsInt())
				: JsonNull.INSTANCE);
		object.addProperty("hostsUsed", cluster.loaded().size());
		JsonArray headroom = new JsonArray();
		for (Headroom resource : cluster.headroom()) {
			JsonObject item = new JsonObject();
			item.addProperty("resource", resource.resource());
			item.add("capacity", number(resource.capacity()));
			item.addProperty("demand", resource.demand());
			headroom.add(item);
		}
		object.add("headroomAfterReserve", headroom);
		object.add("survival", survival(plan.survival()));
		JsonArray hosts = new JsonArray();
		for (HostLoad load : plan.hostLoads()) {
			JsonObject item = new JsonObject();
			item.addProperty("name", load.host().id());
			JsonObject capacity = new JsonObject();
			capacity.addProperty("memoryMb", load.host().memoryMb());
			capacity.add("cpuPercent", number(load.host().cpuPercent()));
			capacity.add("maxVms", count(load.host().maxVms()));
			capacity.add("maxVirtualProcessors", count(load.host().maxVirtualProcessors()));
			item.add("capacity", capacity);
			JsonObject used = new JsonObject();
			used.addProperty("memoryMb", load.memoryMb());
			used.addProperty("cpuPercent", load.cpuPercent());
			used.addProperty("vms", load.vms());
			used.addProperty("virtualProcessors", load.virtualProcessors());
			item.add("load", used);
			hosts.add(item);
		}
		object.add("hosts", hosts);
		JsonArray vms = new JsonArray();
		for (VmPlacement placement : plan.placements()) {
			JsonObject item = vm(cluster.instance(placement));
			item.addProperty("host", placement.host());
			if (!placement.placed()) {
				item.addProperty("unplacedBecause", placement.reason().name());
			}
			vms.add(item);
		}
		object.add("vms", vms);
		return object;
	}

	private static JsonObject vm(VmInstance instance) {
		JsonObject item = new JsonObject();
		item.addProperty("id", instance.id());
		item.addProperty("of", instance.source() instanceof Element element ? element.getName() : null);
		item.addProperty("kind", instance.source().eClass().getName());
		item.addProperty("instance", instance.instance());
		item.addProperty("memoryMb", instance.vm().memoryMb());
		item.addProperty("cpuPercent", instance.vm().cpuPercent());
		item.addProperty("virtualProcessors", instance.vm().vcpus());
		item.addProperty("antiAffinitySet", instance.vm().antiAffinitySet());
		item.addProperty("isolationDomain", instance.vm().isolationDomain());
		return item;
	}

	private static JsonObject impact(Impact impact) {
		JsonObject object = new JsonObject();
		JsonArray failed = new JsonArray();
		for (Component component : impact.failed()) {
			JsonObject item = new JsonObject();
			item.addProperty("kind", component.kind().name());
			item.addProperty("name", component.name());
			failed.add(item);
		}
		object.add("failed", failed);
		JsonArray hosts = new JsonArray();
		impact.hostsLost().forEach((host, why) -> {
			JsonObject item = new JsonObject();
			item.addProperty("host", host);
			item.addProperty("why", why);
			hosts.add(item);
		});
		object.add("hostsLost", hosts);
		JsonArray clusters = new JsonArray();
		impact.clustersOverwhelmed().forEach(clusters::add);
		object.add("clustersBeyondReserve", clusters);
		object.add("outages", losses(impact.outages()));
		object.add("degraded", losses(impact.degraded()));
		return object;
	}

	private static JsonArray losses(List<Impact.Loss> losses) {
		JsonArray array = new JsonArray();
		for (Impact.Loss loss : losses) {
			JsonObject item = new JsonObject();
			item.addProperty("name", loss.name());
			item.addProperty("instances", loss.instances());
			item.addProperty("lost", loss.lost());
			item.addProperty("why", loss.why());
			array.add(item);
		}
		return array;
	}

	private static JsonObject survival(Survival survival) {
		JsonObject object = new JsonObject();
		object.addProperty("status", survival.status().name());
		object.addProperty("coverage", survival.coverage().name());
		object.addProperty("reserve", survival.reserve());
		object.addProperty("scenarios", survival.scenarios());
		object.addProperty("failedScenarios", survival.failedScenarios());
		JsonArray failures = new JsonArray();
		for (Survival.Failure failure : survival.failures()) {
			JsonObject item = new JsonObject();
			JsonArray failed = new JsonArray();
			failure.failedHosts().forEach(failed::add);
			item.add("failedHosts", failed);
			item.addProperty("vm", failure.vm().id());
			item.addProperty("limit", failure.limit().name());
			item.addProperty("vmsNotRestarted", failure.vmsNotRestarted());
			failures.add(item);
		}
		object.add("failures", failures);
		return object;
	}

	private static com.google.gson.JsonElement number(double value) {
		return Double.isNaN(value) ? JsonNull.INSTANCE : new JsonPrimitive(value);
	}

	private static com.google.gson.JsonElement count(int value) {
		return value == org.ddc.analysis.placement.Host.UNLIMITED ? JsonNull.INSTANCE : new JsonPrimitive(value);
	}
}
