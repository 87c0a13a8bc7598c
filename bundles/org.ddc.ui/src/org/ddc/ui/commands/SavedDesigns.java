package org.ddc.ui.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ddc.dsl.load.DesignInputException;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.dsl.load.DesignScope;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.DesignValidator;
import org.ddc.dsl.validation.RuleRunner;
import org.ddc.report.write.DesignReports;
import org.ddc.ui.DdcUiPlugin;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import com.google.inject.Injector;

/**
 * The designs of a project read from their saved files, each validated and analysed once, as {@code ddc report} and
 * {@code ddc diagram} read them: what the report and the diagram export are written from. One unit of progress per
 * design.
 */
final class SavedDesigns {
	private SavedDesigns() {
	}

	/**
	 * The designs rooted at {@code roots} that hold .ddc files.
	 *
	 * @throws OperationCanceledException when the progress monitor is cancelled
	 */
	static List<DesignReports.Design> load(IProject project, List<Path> roots, SubMonitor progress)
			throws DesignInputException {
		Injector injector = DdcUiPlugin.getDefault().injector();
		List<DesignReports.Design> designs = new ArrayList<>();
		try {
			for (Path root : roots) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				DesignScope scope = DesignScope.of(root);
				if (scope.files().isEmpty()) {
					progress.worked(1);
					continue;
				}
				progress.subTask("checking " + project.getName() + "/" + project.getLocation().toPath().relativize(root));
				LoadedDesign design = injector.getInstance(DesignLoader.class).load(scope, Map.of());
				designs.add(new DesignReports.Design(design, injector.getInstance(DesignValidator.class).validate(design),
						injector.getInstance(RuleRunner.class).analysis(design.resourceSet())));
				progress.worked(1);
			}
			return designs;
		} catch (DesignInputException | RuntimeException e) {
			unload(designs);
			throw e;
		}
	}

	/** Frees the models of the designs. */
	static void unload(List<DesignReports.Design> designs) {
		for (DesignReports.Design design : designs) {
			design.design().resourceSet().getResources().forEach(r -> r.unload());
			design.design().resourceSet().getResources().clear();
		}
	}
}
